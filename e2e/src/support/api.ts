import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE, type Invitation, type Network } from '@broedplaats/contracts';
import type { BrowserContext } from 'playwright-core';
import type { Person } from './ui';

/** A JSON call as the web client makes it (CSRF header, session cookie); throws on any error status. */
export async function call<T>(url: string, method: string, body?: unknown, cookie?: string): Promise<{ json: T; cookie: string }> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { json: (await res.json()) as T, cookie: cookies };
}

/** Registers someone (joining through an invitation when given) and returns their session cookie. */
export async function register(base: string, who: Person, invitationToken?: string): Promise<string> {
  const body = { email: who.email, password: who.password, displayName: who.name, invitationToken };
  return (await call(`${base}/api/auth/register`, 'POST', body)).cookie;
}

/** Logs in an existing account (a platform admin from ADMIN_EMAIL, say) and returns the session cookie. */
export async function logIn(base: string, email: string, password: string): Promise<string> {
  return (await call(`${base}/api/auth/login`, 'POST', { email, password })).cookie;
}

export const createNetwork = async (base: string, cookie: string, body: Record<string, unknown>) =>
  (await call<Network>(`${base}/api/networks`, 'POST', body, cookie)).json;

export const createInvitation = async (base: string, cookie: string, networkId: string, body: Record<string, unknown>) =>
  (await call<Invitation>(`${base}/api/networks/${networkId}/invitations`, 'POST', body, cookie)).json;

/** Puts an API session into a browser context, as if the person had logged in there. */
export async function signInContext(context: BrowserContext, base: string, cookie: string): Promise<void> {
  const value = cookie.split('; ').find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.slice(SESSION_COOKIE.length + 1);
  if (!value) throw new Error('no session cookie');
  await context.addCookies([{ name: SESSION_COOKIE, value, url: base, httpOnly: true, sameSite: 'Lax' }]);
}
