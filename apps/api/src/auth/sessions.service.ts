import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Session } from '@broedplaats/contracts';
import type { AuthContext } from '../core/auth-context';
import { CONFIG, type Config } from '../core/config';
import type { Db, Tx } from '../core/database/database';
import type { AfterCommit } from '../core/transaction';
import { notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { SessionsRepository } from './sessions.repository';
import { toMe } from './users.repository';

const TOUCH_EVERY_MS = 60_000;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: the cookie holds a random token, the database only its hash. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly events: EventBus,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  get maxAgeSeconds(): number {
    return this.config.SESSION_DAYS * 24 * 3600;
  }

  async start(tx: Db | Tx, userId: string, userAgent: string | null): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.maxAgeSeconds * 1000);
    const row = await this.repository.insert(tx, { userId, tokenHash: hashToken(token), userAgent: userAgent?.slice(0, 300) ?? null, expiresAt });
    return { token, sessionId: row.id };
  }

  async resolve(token: string): Promise<AuthContext | null> {
    if (token.length > 200) return null;
    const now = new Date();
    const found = await this.repository.findLive(hashToken(token), now);
    if (!found) return null;
    if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.repository.touch(found.session.id, now);
    return { sessionId: found.session.id, user: toMe(found.user) };
  }

  async list(auth: AuthContext): Promise<Session[]> {
    const rows = await this.repository.listForUser(auth.user.id, new Date());
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
    this.events.publish('sessions.revoked', { sessionIds: [sessionId] });
  }

  /** Ends every other session of the caller (their sockets drop once the change is committed). */
  async revokeOthers(tx: Tx, afterCommit: AfterCommit, auth: AuthContext): Promise<void> {
    const sessionIds = await this.repository.deleteOthers(tx, auth.user.id, auth.sessionId);
    if (sessionIds.length > 0) afterCommit(() => this.events.publish('sessions.revoked', { sessionIds }));
  }
}
