/** Set by the build (vite.config.ts): true in the browser build, which has a sw.js; absent in tests and the dev server. */
declare const __APP_SHELL__: boolean | undefined;

/**
 * Registers the service worker that keeps the app shell for offline reloads (vite.config.ts says what
 * it caches). Only after sign-in: a visitor never needs it, and the signed-out pages stay the server's.
 */
export function registerAppShell(): void {
  if (typeof __APP_SHELL__ === 'undefined' || !__APP_SHELL__) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => console.warn('The offline app shell could not be installed', error));
}
