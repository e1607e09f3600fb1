import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { MeetingType, ParticipantCategory, RsvpAnswer } from '@broedplaats/contracts';
import { questions } from '../agenda/agenda.tables';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { meetingAttendance, meetingItems, meetingRsvps, meetings, meetingSeries } from './meetings.tables';

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeeting = {
  networkId: string; seriesId: string | null; title: string; type: MeetingType; startsAt: Date; endsAt: Date; place: string; onlineUrl: string; description: string; createdBy: string; at: Date;
};
export type MeetingChanges = Partial<Pick<MeetingRow, 'title' | 'type' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl' | 'description' | 'minutes' | 'status' | 'sequence'>>;
/** Someone to tell by mail: their address and language. */
export type Recipient = { userId: string; email: string; displayName: string };

/** Every query names the network or the reader: a meeting never shows outside its network. */
@Injectable()
export class MeetingsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insertSeries(tx: Tx, networkId: string, at: Date): Promise<string> {
    const [row] = await tx.insert(meetingSeries).values({ networkId, createdAt: at }).returning({ id: meetingSeries.id });
    return row.id;
  }

  async insert(tx: Tx, m: NewMeeting): Promise<MeetingRow> {
    const { at, ...rest } = m;
    const [row] = await tx.insert(meetings).values({ ...rest, createdAt: at, updatedAt: at }).returning();
    return row;
  }

  async find(networkId: string, meetingId: string, tx: Db | Tx = this.db): Promise<MeetingRow | null> {
    const [row] = await tx.select().from(meetings).where(and(eq(meetings.networkId, networkId), eq(meetings.id, meetingId))).limit(1);
    return row ?? null;
  }

  /** Locks the meeting: changes to it and its agenda queue up behind each other. */
  async lock(tx: Tx, networkId: string, meetingId: string): Promise<MeetingRow | null> {
    const [row] = await tx.select().from(meetings).where(and(eq(meetings.networkId, networkId), eq(meetings.id, meetingId))).for('update').limit(1);
    return row ?? null;
  }

  /** The network of a meeting, for sockets that watch it. */
  async networkOf(meetingId: string): Promise<string | null> {
    const [row] = await this.db.select({ networkId: meetings.networkId }).from(meetings).where(eq(meetings.id, meetingId)).limit(1);
    return row?.networkId ?? null;
  }

  /** The later meetings of a series (after `from`, which was at `startsAt`), locked, in order. */
  async following(tx: Tx, networkId: string, from: { id: string; seriesId: string; startsAt: Date }): Promise<MeetingRow[]> {
    return tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.networkId, networkId), eq(meetings.seriesId, from.seriesId), ne(meetings.id, from.id), gt(meetings.startsAt, from.startsAt), eq(meetings.status, 'scheduled')))
      .orderBy(asc(meetings.startsAt))
      .for('update');
  }

  async update(tx: Tx, meetingId: string, changes: MeetingChanges, at: Date): Promise<MeetingRow> {
    const [row] = await tx.update(meetings).set({ ...changes, updatedAt: at }).where(eq(meetings.id, meetingId)).returning();
    return row;
  }

  /** Upcoming: not yet ended, soonest first; past: ended, latest first. */
  async page(networkId: string, when: 'upcoming' | 'past', now: Date, page: number, pageSize: number): Promise<{ rows: MeetingRow[]; total: number }> {
    const where = and(eq(meetings.networkId, networkId), when === 'upcoming' ? gt(meetings.endsAt, now) : lte(meetings.endsAt, now));
    const [rows, total] = await Promise.all([
      this.db
        .select()
        .from(meetings)
        .where(where)
        .orderBy(when === 'upcoming' ? asc(meetings.startsAt) : desc(meetings.startsAt), asc(meetings.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.db.$count(meetings, where),
    ]);
    return { rows, total };
  }

  /** Whether the question is on this network's agenda (items link questions by id only). */
  async hasQuestion(networkId: string, questionId: string): Promise<boolean> {
    return (await this.db.$count(questions, and(eq(questions.networkId, networkId), eq(questions.id, questionId)))) > 0;
  }

  /** Meetings of this network with a (not declined) agenda item on the question, latest first. */
  async discussing(networkId: string, questionId: string, limit: number): Promise<MeetingRow[]> {
    const onIt = this.db
      .select({ id: meetingItems.meetingId })
      .from(meetingItems)
      .where(and(eq(meetingItems.questionId, questionId), ne(meetingItems.status, 'declined')));
    return this.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.networkId, networkId), inArray(meetings.id, onIt)))
      .orderBy(desc(meetings.startsAt), asc(meetings.id))
      .limit(limit);
  }

  /** Meetings in every network the person is a member of, with the network's name; `from` bounds the end. */
  async ofMember(userId: string, options: { endsAfter: Date; onlyScheduled: boolean; limit: number }): Promise<Array<MeetingRow & { networkName: string }>> {
    const rows = await this.db
      .select({ meeting: meetings, networkName: networks.name })
      .from(meetings)
      .innerJoin(memberships, and(eq(memberships.networkId, meetings.networkId), eq(memberships.userId, userId)))
      .innerJoin(networks, eq(networks.id, meetings.networkId))
      .where(and(gte(meetings.endsAt, options.endsAfter), options.onlyScheduled ? eq(meetings.status, 'scheduled') : undefined, isNull(networks.archivedAt)))
      .orderBy(asc(meetings.startsAt))
      .limit(options.limit);
    return rows.map((r) => ({ ...r.meeting, networkName: r.networkName }));
  }

  async networkName(networkId: string, tx: Db | Tx = this.db): Promise<string> {
    const [row] = await tx.select({ name: networks.name }).from(networks).where(eq(networks.id, networkId)).limit(1);
    return row?.name ?? '';
  }

  async myRsvps(userId: string, meetingIds: string[]): Promise<Map<string, { answer: RsvpAnswer; note: string }>> {
    if (!meetingIds.length) return new Map();
    const rows = await this.db
      .select({ meetingId: meetingRsvps.meetingId, answer: meetingRsvps.answer, note: meetingRsvps.note })
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.userId, userId), inArray(meetingRsvps.meetingId, meetingIds)));
    return new Map(rows.map((r) => [r.meetingId, { answer: r.answer, note: r.note }]));
  }

  /** Every answer with the person's name and their category in this network (null once they left). */
  rsvps(networkId: string, meetingId: string) {
    return this.db
      .select({ userId: meetingRsvps.userId, displayName: users.displayName, answer: meetingRsvps.answer, note: meetingRsvps.note, category: memberships.category })
      .from(meetingRsvps)
      .innerJoin(users, eq(users.id, meetingRsvps.userId))
      .leftJoin(memberships, and(eq(memberships.networkId, networkId), eq(memberships.userId, meetingRsvps.userId)))
      .where(eq(meetingRsvps.meetingId, meetingId))
      .orderBy(asc(users.displayName));
  }

  async answer(tx: Tx, meetingId: string, userId: string, answer: RsvpAnswer, note: string, at: Date): Promise<void> {
    await tx
      .insert(meetingRsvps)
      .values({ meetingId, userId, answer, note, answeredAt: at })
      .onConflictDoUpdate({ target: [meetingRsvps.meetingId, meetingRsvps.userId], set: { answer, note, answeredAt: at } });
  }

  /** Who answered the RSVP and is still a member: they hear of a cancellation or a new time. */
  responders(tx: Tx, networkId: string, meetingId: string): Promise<Recipient[]> {
    return tx
      .select({ userId: users.id, email: users.email, displayName: users.displayName })
      .from(meetingRsvps)
      .innerJoin(memberships, and(eq(memberships.networkId, networkId), eq(memberships.userId, meetingRsvps.userId)))
      .innerJoin(users, eq(users.id, meetingRsvps.userId))
      .where(and(eq(meetingRsvps.meetingId, meetingId), isNull(users.deletedAt)));
  }

  /** Every member of the network, to invite to a new meeting. */
  members(tx: Tx, networkId: string): Promise<Recipient[]> {
    return tx
      .select({ userId: users.id, email: users.email, displayName: users.displayName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.networkId, networkId), isNull(users.deletedAt)));
  }

  attendance(meetingId: string) {
    return this.db
      .select({ id: users.id, displayName: users.displayName })
      .from(meetingAttendance)
      .innerJoin(users, eq(users.id, meetingAttendance.userId))
      .where(eq(meetingAttendance.meetingId, meetingId))
      .orderBy(asc(users.displayName));
  }

  async setAttendance(tx: Tx, meetingId: string, userId: string, present: boolean, recordedBy: string, at: Date): Promise<void> {
    if (!present) {
      await tx.delete(meetingAttendance).where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.userId, userId)));
      return;
    }
    await tx.insert(meetingAttendance).values({ meetingId, userId, recordedBy, at }).onConflictDoNothing();
  }

  /** Per category of the network's current members: answers and attendance. */
  async counts(networkId: string, meetingId: string): Promise<Array<{ category: ParticipantCategory; yes: number; no: number; maybe: number; attended: number }>> {
    const rows = await this.db
      .select({
        category: memberships.category,
        yes: sql<number>`count(*) filter (where ${meetingRsvps.answer} = 'yes')::int`,
        no: sql<number>`count(*) filter (where ${meetingRsvps.answer} = 'no')::int`,
        maybe: sql<number>`count(*) filter (where ${meetingRsvps.answer} = 'maybe')::int`,
        attended: sql<number>`count(${meetingAttendance.userId})::int`,
      })
      .from(memberships)
      .leftJoin(meetingRsvps, and(eq(meetingRsvps.meetingId, meetingId), eq(meetingRsvps.userId, memberships.userId)))
      .leftJoin(meetingAttendance, and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.userId, memberships.userId)))
      .where(eq(memberships.networkId, networkId))
      .groupBy(memberships.category)
      .orderBy(asc(memberships.category));
    return rows.map((r) => ({ category: r.category, yes: Number(r.yes), no: Number(r.no), maybe: Number(r.maybe), attended: Number(r.attended) }));
  }
}
