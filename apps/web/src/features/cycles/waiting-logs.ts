import type { QueryClient } from '@tanstack/react-query';

/**
 * Logs written without a connection wait in this browser (outbox.ts). After a reload they must go out
 * whatever page opens first; the outbox's code is downloaded only when something waits.
 */
export function sendWaitingLogs(client: QueryClient): void {
  let waiting = false;
  try {
    waiting = Boolean(window.localStorage.getItem('broedplaats.cycles.outbox'));
  } catch {
    return;
  }
  if (waiting) void import('./outbox').then((m) => m.startOutbox(client));
}
