import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import { cycleRoutes as routes, type SessionLog, type SessionLogBody } from '@broedplaats/contracts';
import { callRoute, isApiError } from '../../lib/api';
import { cycleKeys } from './live';

/**
 * Session logs wait here, in this browser, until the server has them: written without a connection,
 * kept across reloads, sent when the connection is back. Every log carries its own `clientId`, made
 * once when it is written, and the server stores a `clientId` only once: a retry after a lost answer,
 * or a second tab sending the same log, returns the log already stored and never makes a second one.
 */
export type PendingLog = {
  networkId: string;
  cycleId: string;
  cycleTitle: string;
  body: SessionLogBody & { clientId: string };
  /** waiting: not sent yet (no connection); failed: the server refused it (it says why). */
  state: 'waiting' | 'failed';
  error?: string;
  writtenAt: string;
};

export const OUTBOX_KEY = 'broedplaats.cycles.outbox';
/** While something waits, try again this often even if the browser never says it is online. */
const RETRY_MS = 15_000;

function read(): PendingLog[] {
  try {
    const raw = window.localStorage.getItem(OUTBOX_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as PendingLog[]) : [];
  } catch {
    return [];
  }
}

function write(items: PendingLog[]): void {
  try {
    if (items.length === 0) window.localStorage.removeItem(OUTBOX_KEY);
    else window.localStorage.setItem(OUTBOX_KEY, JSON.stringify(items));
  } catch {
    // Storage full or blocked: the log still waits in memory for this page's life.
  }
}

type OutboxState = { items: PendingLog[]; sending: boolean };
export const useOutbox = create<OutboxState>(() => ({ items: read(), sending: false }));

const set = (items: PendingLog[]) => {
  write(items);
  useOutbox.setState({ items });
};
// Another tab sent or added a log: show what storage says now.
if (typeof window !== 'undefined') window.addEventListener('storage', (event) => event.key === OUTBOX_KEY && useOutbox.setState({ items: read() }));

type SentListener = (item: PendingLog, log: SessionLog) => void;
const listeners = new Set<SentListener>();
/** Told after each log the server stored (to refresh what the pages show). */
export function onLogSent(listener: SentListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** A random (v4) UUID; `crypto.randomUUID` exists only on https pages, `getRandomValues` everywhere. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Keeps the log in the browser first, then tries to send it; resolves with what happened to it. */
export async function enqueueLog(item: Omit<PendingLog, 'state' | 'writtenAt'>): Promise<'sent' | 'waiting' | 'failed'> {
  set([...read().filter((i) => i.body.clientId !== item.body.clientId), { ...item, state: 'waiting', writtenAt: new Date().toISOString() }]);
  await flushOutbox();
  const now = read().find((i) => i.body.clientId === item.body.clientId);
  return now ? now.state : 'sent';
}

export function discardLog(clientId: string): void {
  set(read().filter((i) => i.body.clientId !== clientId));
}

let running: Promise<void> | null = null;

/** Sends what waits, one at a time, oldest first; one run at a time per tab (and per browser where Web Locks exist). */
export function flushOutbox(): Promise<void> {
  if (running) return running.then(() => (read().some((i) => i.state === 'waiting') ? flushOutbox() : undefined));
  const run = async () => {
    useOutbox.setState({ sending: true });
    try {
      for (const item of read().filter((i) => i.state === 'waiting')) {
        // Re-read: another tab may have sent it meanwhile.
        if (!read().some((i) => i.body.clientId === item.body.clientId && i.state === 'waiting')) continue;
        try {
          const log = await callRoute(routes.logSession, { params: { networkId: item.networkId, cycleId: item.cycleId }, body: item.body });
          set(read().filter((i) => i.body.clientId !== item.body.clientId));
          listeners.forEach((listener) => listener(item, log));
        } catch (error) {
          // No connection (or the server is down): everything stays, and is tried again later.
          if (!isApiError(error) || error.code === 'network' || error.status >= 500 || error.status === 401) return;
          set(read().map((i) => (i.body.clientId === item.body.clientId ? { ...i, state: 'failed', error: error.code } : i)));
        }
      }
    } finally {
      useOutbox.setState({ sending: false, items: read() });
    }
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const current: Promise<void> = (locks ? locks.request('broedplaats-cycles-outbox', run).then(() => undefined) : run()).finally(() => (running = null));
  running = current;
  return current;
}

let started = false;
/**
 * Sends waiting logs now, whenever the browser is online again, and every little while until none
 * waits; what arrives refreshes the cycle's pages and my cycles.
 */
export function startOutbox(client: QueryClient): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  onLogSent((item) => {
    void client.invalidateQueries({ queryKey: cycleKeys.all(item.networkId) });
    void client.invalidateQueries({ queryKey: ['me', 'cycles'] });
  });
  window.addEventListener('online', () => void flushOutbox());
  setInterval(() => {
    if (read().some((i) => i.state === 'waiting')) void flushOutbox();
  }, RETRY_MS);
  void flushOutbox();
}
