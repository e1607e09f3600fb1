import { Inject, Injectable } from '@nestjs/common';
import type { Me, MeetingDetail, MeetingPage, MeetingSeriesResult, MyMeetings, QuestionMeetings } from '@broedplaats/contracts';
import { amsterdamInstant, amsterdamLocal, mayChange, seriesSlots, shiftWallClock, timeProblems, wallClockMinutes } from '@broedplaats/domain';
import type { RouteIn } from '../core/api-route';
import { ActivityLog } from '../activity/activity-log';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { Mailer } from '../mail/mailer';
import { NetworkGate } from '../networks/network-gate';
import { Notifications } from '../notifications/notifications';
import { MeetingReader, summaryOf } from './meeting-reader';
import { cancelledMail, changedMail, scheduledMail, type MailMeeting } from './meetings.mail';
import { meetingsCalendar } from './meetings.ics';
import { MeetingsRepository, type MeetingChanges, type MeetingRow, type Recipient } from './meetings.repository';
import './meetings.events';

type Fields = Pick<MeetingRow, 'title' | 'type' | 'place' | 'onlineUrl' | 'description'>;

/** Wall-clock times from the form as instants, or a 400 naming the field. */
function times(start: string, end: string): { startsAt: Date; endsAt: Date } {
  const startsAt = amsterdamInstant(start);
  const endsAt = amsterdamInstant(end);
  if (!startsAt) throw validationFailed({ start: 'Not a time that exists in Amsterdam' });
  if (!endsAt) throw validationFailed({ end: 'Not a time that exists in Amsterdam' });
  const problems = timeProblems(startsAt, endsAt);
  if (Object.keys(problems).length) throw validationFailed(problems);
  return { startsAt, endsAt };
}

export const meetingPath = (networkId: string, meetingId: string) => `/networks/${networkId}/bijeenkomsten/${meetingId}`;

/**
 * Scheduling, rescheduling and cancelling meetings, and reading them. Members read; facilitators
 * manage; an archived network changes nothing. Who should hear of a change hears after commit, in
 * the app and by mail with the calendar entry.
 */
@Injectable()
export class MeetingsService {
  private readonly db;
  constructor(
    @Inject(DATABASE) database: Database,
    private readonly meetings: MeetingsRepository,
    private readonly reader: MeetingReader,
    private readonly gate: NetworkGate,
    private readonly activity: ActivityLog,
    private readonly mailer: Mailer,
    private readonly events: EventBus,
    private readonly notifications: Notifications,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = database.db;
  }

  async list(user: Me, networkId: string, query: RouteIn<'meetings', 'query'>): Promise<MeetingPage> {
    await this.gate.requireAccess(user, 'meetings.read', networkId);
    const { rows, total } = await this.meetings.page(networkId, query.when, this.clock.now(), query.page, query.pageSize);
    return { items: await this.reader.summaries(rows, user.id), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: Me, networkId: string, meetingId: string): Promise<MeetingDetail> {
    const { role } = await this.gate.requireAccess(user, 'meetings.read', networkId);
    const row = await this.meetings.find(networkId, meetingId);
    if (!row) throw notFound('Meeting');
    return this.reader.detail(row, { userId: user.id, role });
  }

  async ics(user: Me, networkId: string, meetingId: string): Promise<string> {
    await this.gate.requireAccess(user, 'meetings.read', networkId);
    const row = await this.meetings.find(networkId, meetingId);
    if (!row) throw notFound('Meeting');
    return this.calendar([row], await this.meetings.networkName(networkId));
  }

  /** "Besproken in" on a question: its meetings, read like any list of the network's meetings. */
  async discussing(user: Me, networkId: string, questionId: string): Promise<QuestionMeetings> {
    await this.gate.requireAccess(user, 'meetings.read', networkId);
    if (!(await this.meetings.hasQuestion(networkId, questionId))) throw notFound('Question');
    return this.reader.summaries(await this.meetings.discussing(networkId, questionId, 50), user.id);
  }

  async mine(user: Me): Promise<MyMeetings> {
    const rows = await this.meetings.ofMember(user.id, { endsAfter: this.clock.now(), onlyScheduled: true, limit: 20 });
    const summaries = await this.reader.summaries(rows, user.id);
    return summaries.map((s, i) => ({ ...s, networkName: rows[i].networkName }));
  }

  async schedule(user: Me, networkId: string, body: RouteIn<'scheduleMeeting', 'body'>): Promise<MeetingDetail> {
    const when = times(body.start, body.end);
    const row = await inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'meetings.manage', networkId, { tx });
      const [created] = await this.create(tx, afterCommit, user, networkId, fieldsOf(body), [when], null);
      return created;
    });
    return this.reader.detail(row, { userId: user.id, role: 'facilitator' });
  }

  async scheduleSeries(user: Me, networkId: string, body: RouteIn<'scheduleSeries', 'body'>): Promise<MeetingSeriesResult> {
    if (!amsterdamInstant(body.firstStart)) throw validationFailed({ firstStart: 'Not a time that exists in Amsterdam' });
    const slots = seriesSlots(body);
    return inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'meetings.manage', networkId, { tx });
      const seriesId = await this.meetings.insertSeries(tx, networkId, this.clock.now());
      const rows = await this.create(tx, afterCommit, user, networkId, fieldsOf(body), slots, seriesId);
      return { seriesId, meetings: rows.map((r) => summaryOf(r, null, false)) };
    });
  }

  async update(user: Me, networkId: string, meetingId: string, body: RouteIn<'updateMeeting', 'body'>): Promise<MeetingDetail> {
    const row = await inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'meetings.manage', networkId, { tx });
      const current = await this.meetings.lock(tx, networkId, meetingId);
      if (!current) throw notFound('Meeting');
      const refusal = mayChange(current, this.clock.now());
      if (refusal) throw new AppError(refusal, refusal === 'meeting_cancelled' ? 'This meeting is cancelled' : 'This meeting is over');
      const when = body.start || body.end ? times(body.start ?? amsterdamLocal(current.startsAt), body.end ?? amsterdamLocal(current.endsAt)) : { startsAt: current.startsAt, endsAt: current.endsAt };
      const moved = when.startsAt.getTime() !== current.startsAt.getTime() || when.endsAt.getTime() !== current.endsAt.getTime();
      const changes: MeetingChanges = { ...definedFields(body), ...when, sequence: current.sequence + 1 };
      const updated = [await this.meetings.update(tx, current.id, changes, this.clock.now())];
      if (body.scope === 'following' && current.seriesId) {
        // The later ones move by the same wall-clock shift and keep the new length, each on its own date.
        const shift = wallClockMinutes(current.startsAt, when.startsAt);
        const length = when.endsAt.getTime() - when.startsAt.getTime();
        for (const later of await this.meetings.following(tx, networkId, { id: current.id, seriesId: current.seriesId, startsAt: current.startsAt })) {
          const startsAt = shiftWallClock(later.startsAt, shift);
          updated.push(await this.meetings.update(tx, later.id, { ...definedFields(body), startsAt, endsAt: new Date(startsAt.getTime() + length), sequence: later.sequence + 1 }, this.clock.now()));
        }
      }
      for (const m of updated) await this.tellResponders(tx, afterCommit, user, m, moved ? 'rescheduled' : 'changed');
      afterCommit(() => this.events.publish('meeting.changed', { networkId, meetingIds: updated.map((m) => m.id), actorId: user.id }));
      return updated[0];
    });
    return this.reader.detail(row, { userId: user.id, role: 'facilitator' });
  }

  async cancel(user: Me, networkId: string, meetingId: string): Promise<MeetingDetail> {
    const row = await inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'meetings.manage', networkId, { tx });
      const current = await this.meetings.lock(tx, networkId, meetingId);
      if (!current) throw notFound('Meeting');
      const refusal = mayChange(current, this.clock.now());
      if (refusal) throw new AppError(refusal, refusal === 'meeting_cancelled' ? 'This meeting is already cancelled' : 'This meeting is over');
      const cancelled = await this.meetings.update(tx, current.id, { status: 'cancelled', sequence: current.sequence + 1 }, this.clock.now());
      const told = await this.tellResponders(tx, afterCommit, user, cancelled, 'cancelled');
      afterCommit(() => this.events.publish('meeting.cancelled', { networkId, meetingId, actorId: user.id, told }));
      return cancelled;
    });
    return this.reader.detail(row, { userId: user.id, role: 'facilitator' });
  }

  /** An .ics of these meetings, each with a link to its page. */
  calendar(rows: Array<MeetingRow & { networkName?: string }>, networkName: string): string {
    return meetingsCalendar('Broedplaats', rows.map((r) => ({ ...r, networkName: r.networkName ?? networkName, link: this.mailer.link(meetingPath(r.networkId, r.id)) })));
  }

  private async create(tx: Tx, afterCommit: AfterCommit, user: Me, networkId: string, fields: Fields, slots: Array<{ startsAt: Date; endsAt: Date }>, seriesId: string | null): Promise<MeetingRow[]> {
    const at = this.clock.now();
    const rows: MeetingRow[] = [];
    for (const slot of slots) rows.push(await this.meetings.insert(tx, { networkId, seriesId, ...fields, ...slot, createdBy: user.id, at }));
    const first = rows[0];
    await this.activity.record(tx, afterCommit, {
      networkId, kind: 'meeting.scheduled', actorId: user.id, subjectId: first.id, permission: 'meetings.read', data: { title: first.title, startsAt: first.startsAt.toISOString(), count: rows.length },
    });
    // Every member is invited, in one mail per person (a series in one calendar file).
    const members = (await this.meetings.members(tx, networkId)).filter((m) => m.userId !== user.id);
    const networkName = await this.meetings.networkName(networkId, tx);
    afterCommit(() => {
      const ics = this.calendar(rows, networkName);
      for (const m of members) this.mailer.sendLater(scheduledMail({ to: m.email, networkName, meetings: rows.map((r) => this.forMail(r)), ics }));
      this.events.publish('meeting.scheduled', { networkId, meetingIds: rows.map((r) => r.id), actorId: user.id });
    });
    return rows;
  }

  /** Who answered the RSVP hears of a change in the app (an entry only for them) and by mail; returns who. */
  private async tellResponders(tx: Tx, afterCommit: AfterCommit, user: Me, m: MeetingRow, what: 'rescheduled' | 'changed' | 'cancelled'): Promise<string[]> {
    const responders: Recipient[] = await this.meetings.responders(tx, m.networkId, m.id);
    if (!responders.length) return [];
    const restrictedTo = responders.map((r) => r.userId);
    const data = { title: m.title, startsAt: m.startsAt.toISOString() };
    if (what === 'cancelled') await this.activity.record(tx, afterCommit, { networkId: m.networkId, kind: 'meeting.cancelled', actorId: user.id, subjectId: m.id, permission: 'meetings.read', restrictedTo, data });
    else await this.activity.record(tx, afterCommit, { networkId: m.networkId, kind: 'meeting.rescheduled', actorId: user.id, subjectId: m.id, permission: 'meetings.read', restrictedTo, data });
    // A new time is what those who answered must not miss: on their bell too (a cancellation gets there through meetings.notices.ts).
    if (what === 'rescheduled') await this.notifications.notify(tx, afterCommit, { recipients: restrictedTo, kind: 'meeting.rescheduled', networkId: m.networkId, actorId: user.id, subjectId: m.id, data });
    const networkName = await this.meetings.networkName(m.networkId, tx);
    afterCommit(() => {
      const ics = this.calendar([m], networkName);
      const mail = what === 'cancelled' ? cancelledMail : changedMail;
      for (const r of responders) this.mailer.sendLater(mail({ to: r.email, networkName, meetings: [this.forMail(m)], ics }));
    });
    return restrictedTo;
  }

  private forMail(r: MeetingRow): MailMeeting {
    return { title: r.title, startsAt: r.startsAt, endsAt: r.endsAt, place: r.place, onlineUrl: r.onlineUrl, link: this.mailer.link(meetingPath(r.networkId, r.id)) };
  }
}

const fieldsOf = (b: Fields): Fields => ({ title: b.title, type: b.type, place: b.place, onlineUrl: b.onlineUrl, description: b.description });
const definedFields = (b: Partial<Fields>): Partial<Fields> =>
  Object.fromEntries(Object.entries(fieldsOf(b as Fields)).filter(([, v]) => v !== undefined)) as Partial<Fields>;
