/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/voor-mij';
}

/** The header's login link: someone reading an invitation comes back to it after signing in (or registering). */
export function loginPathFrom(pathname: string): string {
  return pathname.startsWith('/join/') ? `/login?next=${encodeURIComponent(pathname)}` : '/login';
}
