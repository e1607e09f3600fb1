import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE, type AuthResult } from '@broedplaats/contracts';
import { createApp } from '../../src/app.factory';
import type { Clock } from '../../src/core/clock';
import type { Database } from '../../src/core/database/database';
import type { TestDatabase } from './databases';
import { Fixtures } from './fixtures';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Options = { body?: unknown; cookie?: string; csrf?: boolean; headers?: Record<string, string>; ip?: string };
export type Reply = { status: number; body: any; headers: Record<string, unknown>; cookies: Array<{ name: string; value: string; [k: string]: unknown }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Settings every test app gets: quiet logs, generous rate limits, no demo, no Redis unless asked. */
export const testEnv = {
  LOG_LEVEL: 'silent',
  RATE_LIMIT_LOGIN: '10000',
  RATE_LIMIT_REGISTER: '10000',
  RATE_LIMIT_MAIL: '10000',
  SEED_DEMO: 'false',
  // A fixed key for intervision content (AES-256-GCM, 32 bytes), so tests write no key file.
  INTERVISION_KEY: Buffer.alloc(32, 7).toString('base64'),
  DATABASE_URL: '',
  REDIS_URL: '',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  WEB_DIST: '/nonexistent-web-dist',
};

export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly database?: Database,
  ) {}

  /** Starts the app as `node dist/main.js` does: it opens its own database from the env (DATA_DIR). */
  static async fromEnv(env: Record<string, string>): Promise<TestApp> {
    const { app } = await createApp({ env: { ...testEnv, ...env } });
    return new TestApp(app);
  }

  static async start(db: TestDatabase | Database, env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
    const database = 'open' in db ? await db.open() : db;
    try {
      const { app } = await createApp({ env: { ...testEnv, ...env }, database, clock: options.clock });
      return new TestApp(app, database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  /** Builds scenes straight in the database (only for apps started on a database object). */
  get fixtures(): Fixtures {
    if (!this.database) throw new Error('fixtures need TestApp.start(db)');
    return new Fixtures(this.database);
  }

  /** Listens on a free port for socket clients; returns the base URL. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const address = this.app.getHttpServer().address() as { port: number };
    return `http://127.0.0.1:${address.port}`;
  }

  async request(method: Method, url: string, options: Options = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.csrf !== false && method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
    if (options.cookie) headers.cookie = `${SESSION_COOKIE}=${options.cookie}`;
    const res = await this.app.inject({ method, url, headers, ...(options.ip ? { remoteAddress: options.ip } : {}), ...(options.body !== undefined ? { payload: options.body as object } : {}) });
    let body: unknown = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      // not JSON (static files, docs)
    }
    return { status: res.statusCode, body, headers: res.headers, cookies: res.cookies as Reply['cookies'] };
  }

  /** A fresh account, logged in. */
  async signUp(name = 'Tester', extra: { invitationToken?: string; email?: string } = {}): Promise<Account> {
    const email = extra.email ?? `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@example.nl`;
    const res = await this.request('POST', '/api/auth/register', {
      body: { email, password: 'lang-genoeg-wachtwoord', displayName: name, ...(extra.invitationToken ? { invitationToken: extra.invitationToken } : {}) },
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = sessionCookie(res);
    const result = res.body as AuthResult;
    return { id: result.user.id, email, cookie, displayName: name, joinedNetworkId: result.joinedNetworkId };
  }

  async createNetwork(owner: Account, body: Record<string, unknown> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const res = await this.request('POST', '/api/networks', {
      cookie: owner.cookie,
      body: { name: `Leernetwerk ${randomUUID().slice(0, 6)}`, province: 'Utrecht', type: 'learning-network', ...body },
    });
    if (res.status !== 201) throw new Error(`create network failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Puts `who` into the network through an invitation, as the product does. */
  async invite(facilitator: Account, networkId: string, body: Record<string, unknown> = { category: 'professional' }): Promise<string> {
    const res = await this.request('POST', `/api/networks/${networkId}/invitations`, { cookie: facilitator.cookie, body });
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  }

  async join(who: Account, token: string): Promise<void> {
    const res = await this.request('POST', `/api/invitations/${token}/accept`, { cookie: who.cookie });
    if (res.status !== 200) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

/** A clock that only moves when told to. */
export class FakeClock implements Clock {
  private at: number;
  constructor(start = Date.parse('2026-11-23T09:00:00Z')) {
    this.at = start;
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

export type Account = { id: string; email: string; cookie: string; displayName: string; joinedNetworkId: string | null };

export function sessionCookie(res: Reply): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie set');
  return cookie.value;
}
