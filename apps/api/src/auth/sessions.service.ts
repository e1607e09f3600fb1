import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Session } from '@broedplaats/contracts';
import type { AuthContext } from '../core/auth-context';
import { CacheInvalidation } from '../core/cache-invalidation';
import { CLOCK, type Clock } from '../core/clock';
import { CONFIG, type Config } from '../core/config';
import type { Db, Tx } from '../core/database/database';
import { notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { ExpiringCache } from '../core/expiring-cache';
import type { SessionResolver } from '../core/session-resolver';
import type { AfterCommit } from '../core/transaction';
import { SessionsRepository } from './sessions.repository';
import { toMe } from './users.repository';

const TOUCH_EVERY_MS = 60_000;
/** A cached session is read again from the database after this long, whatever else happens. */
const CACHE_FOR_MS = 60_000;
const CACHE_SIZE = 20_000;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Cached = { auth: AuthContext; expiresAt: number; lastSeenAt: number };

/**
 * Server-side sessions: the cookie holds a random token, the database only its hash. Every request
 * resolves its session, so live sessions are kept in memory by token hash. Ending a session or
 * changing a person forgets their entries on every instance (CacheInvalidation) before the answer
 * goes out; expiry is checked against the clock on every use.
 */
@Injectable()
export class SessionsService implements SessionResolver, OnModuleDestroy {
  private readonly cache = new ExpiringCache<string, Cached>(CACHE_FOR_MS, CACHE_SIZE);
  private readonly unlisten: () => void;

  constructor(
    private readonly repository: SessionsRepository,
    private readonly invalidation: CacheInvalidation,
    private readonly events: EventBus,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.unlisten = invalidation.listen((message) => {
      if (message.kind === 'sessions') this.cache.forget((c) => message.sessionIds.includes(c.auth.sessionId));
      else if (message.kind === 'user') this.cache.forget((c) => c.auth.user.id === message.userId);
      else if (message.kind === 'all') this.cache.clear();
    });
  }

  get maxAgeSeconds(): number {
    return this.config.SESSION_DAYS * 24 * 3600;
  }

  async start(tx: Db | Tx, userId: string, userAgent: string | null): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.maxAgeSeconds * 1000);
    const row = await this.repository.insert(tx, { userId, tokenHash: hashToken(token), userAgent: userAgent?.slice(0, 300) ?? null, expiresAt });
    return { token, sessionId: row.id };
  }

  async resolve(token: string): Promise<AuthContext | null> {
    if (token.length > 200) return null;
    const now = this.clock.now();
    const tokenHash = hashToken(token);
    const found = await this.cache.through(tokenHash, () => this.load(tokenHash, now));
    if (!found || found.expiresAt <= now.getTime()) return null;
    if (now.getTime() - found.lastSeenAt > TOUCH_EVERY_MS) {
      found.lastSeenAt = now.getTime();
      await this.repository.touch(found.auth.sessionId, now);
    }
    return found.auth;
  }

  /** Forgets a person's cached sessions everywhere: their profile changed (AuthService calls it). */
  userChanged(userId: string): Promise<void> {
    return this.invalidation.publish({ kind: 'user', userId });
  }

  async list(auth: AuthContext): Promise<Session[]> {
    const rows = await this.repository.listForUser(auth.user.id, this.clock.now());
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      userAgent: row.userAgent,
      current: row.id === auth.sessionId,
    }));
  }

  async revoke(auth: AuthContext, sessionId: string): Promise<void> {
    const deleted = await this.repository.deleteForUser(auth.user.id, sessionId);
    if (!deleted) throw notFound('Session');
    await this.invalidation.publish({ kind: 'sessions', sessionIds: [sessionId] });
    this.events.publish('sessions.revoked', { sessionIds: [sessionId] });
  }

  /** Ends every other session of the caller (their sockets drop once the change is committed). */
  async revokeOthers(tx: Tx, afterCommit: AfterCommit, auth: AuthContext): Promise<void> {
    const sessionIds = await this.repository.deleteOthers(tx, auth.user.id, auth.sessionId);
    if (sessionIds.length === 0) return;
    afterCommit(() => {
      void this.invalidation.publish({ kind: 'sessions', sessionIds });
      this.events.publish('sessions.revoked', { sessionIds });
    });
  }

  /** Ends every session of a person (password reset, account deleted); sockets drop after commit. */
  async revokeAll(tx: Tx, afterCommit: AfterCommit, userId: string): Promise<void> {
    const sessionIds = await this.repository.deleteAll(tx, userId);
    if (sessionIds.length === 0) return;
    afterCommit(() => {
      void this.invalidation.publish({ kind: 'sessions', sessionIds });
      this.events.publish('sessions.revoked', { sessionIds });
    });
  }

  /** Deletes sessions that have expired (they already resolve to nobody); runs on a timer. */
  purgeExpired(): Promise<void> {
    return this.repository.deleteExpired(this.clock.now());
  }

  onModuleDestroy(): void {
    this.unlisten();
  }

  private async load(tokenHash: string, now: Date): Promise<Cached | null> {
    const found = await this.repository.findLive(tokenHash, now);
    if (!found) return null;
    // Shared by every request of this session until it is forgotten: nobody may change it in place.
    const auth = Object.freeze({ sessionId: found.session.id, user: Object.freeze(toMe(found.user)) });
    return { auth, expiresAt: found.session.expiresAt.getTime(), lastSeenAt: found.session.lastSeenAt.getTime() };
  }
}
