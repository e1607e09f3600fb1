import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import type { ReflectionLink } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { cycles } from '../cycles/cycles.tables';
import { intervisionParticipants, intervisionSessions } from '../intervision/intervision.tables';
import { meetings } from '../meetings/meetings.tables';

/**
 * Whether a reflection may point at this: a meeting or cycle of the network, or an intervision
 * session of the network whose case owner is the writer (the only one whose consent lets anything of
 * a session leave it; what leaves is their own words, and the link survives erasure).
 */
@Injectable()
export class ReflectionLinks {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async allowed(link: ReflectionLink, networkId: string, authorId: string, db: Db | Tx = this.db): Promise<boolean> {
    if (link.kind === 'meeting') return (await db.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, link.id), eq(meetings.networkId, networkId)))).length > 0;
    if (link.kind === 'cycle') return (await db.select({ id: cycles.id }).from(cycles).where(and(eq(cycles.id, link.id), eq(cycles.networkId, networkId)))).length > 0;
    const rows = await db
      .select({ id: intervisionSessions.id })
      .from(intervisionSessions)
      .innerJoin(intervisionParticipants, and(eq(intervisionParticipants.sessionId, intervisionSessions.id), eq(intervisionParticipants.userId, authorId), eq(intervisionParticipants.role, 'case-owner')))
      .where(and(eq(intervisionSessions.id, link.id), eq(intervisionSessions.networkId, networkId)));
    return rows.length > 0;
  }
}
