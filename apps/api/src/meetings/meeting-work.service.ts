import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { ActionItem, LiveMoveBody, LiveState, Me, MeetingDetail, MyActionItems, NetworkRole } from '@broedplaats/contracts';
import { isSameSet, mayCheckIn, mayCompleteAction, mayRecordAttendance, mayRespond, newItemStatus, type MeetingRefusal, type NetworkPermission } from '@broedplaats/domain';
import { ActivityLog } from '../activity/activity-log';
import type { RouteIn } from '../core/api-route';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, forbidden, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { PersonLifecycle } from '../core/person-lifecycle';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { LiveStepsService } from '../live-steps/live-steps.service';
import { MembersRepository } from '../networks/members.repository';
import { NetworkGate } from '../networks/network-gate';
import { liveSubject, MeetingReader, stepsOf } from './meeting-reader';
import { MeetingWorkRepository } from './meeting-work.repository';
import { MeetingsRepository, type MeetingRow } from './meetings.repository';
import './meetings.events';

const refusalText: Record<MeetingRefusal, string> = {
  meeting_cancelled: 'This meeting is cancelled',
  meeting_over: 'This meeting is over',
  meeting_not_started: 'This meeting has not started',
};
const refuse = (refusal: MeetingRefusal | null) => {
  if (refusal) throw new AppError(refusal, refusalText[refusal]);
};
type Locked = { meeting: MeetingRow; role: NetworkRole | null; tx: Tx; afterCommit: AfterCommit };

/**
 * What happens in and around a meeting: its agenda, answers, attendance, decisions, action items,
 * minutes and live mode. Every change locks the meeting's row, so two facilitators reordering at
 * once queue up; the page of everyone with it open is told after commit.
 */
@Injectable()
export class MeetingWorkService implements OnModuleInit, OnModuleDestroy {
  private readonly db;
  private stop?: () => void;

  constructor(
    @Inject(DATABASE) database: Database,
    private readonly meetings: MeetingsRepository,
    private readonly work: MeetingWorkRepository,
    private readonly members: MembersRepository,
    private readonly reader: MeetingReader,
    private readonly gate: NetworkGate,
    private readonly live: LiveStepsService,
    private readonly activity: ActivityLog,
    private readonly lifecycle: PersonLifecycle,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = database.db;
  }

  onModuleInit(): void {
    this.live.registerKind('meeting', (id) => this.meetings.networkOf(id));
    // Who leaves hands back their open action items; decisions and items they wrote stay theirs.
    this.stop = this.lifecycle.whenLeftNetwork(async ({ tx, afterCommit, networkId, userId, byUserId }) => {
      const handedBack = await this.work.unassignOpen(tx, networkId, userId);
      if (!handedBack.length) return;
      await this.activity.record(tx, afterCommit, {
        networkId, kind: 'actionItem.unassigned', actorId: byUserId, subjectId: userId, permission: 'meetings.manage', data: { texts: handedBack.map((a) => a.text) },
      });
      const meetingIds = [...new Set(handedBack.map((a) => a.meetingId))];
      afterCommit(() => meetingIds.forEach((meetingId) => this.events.publish('meeting.updated', { networkId, meetingId })));
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  addItem(user: Me, networkId: string, meetingId: string, body: RouteIn<'addAgendaItem', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.respond', networkId, meetingId, async ({ meeting, role, tx }) => {
      if (meeting.status === 'cancelled') refuse('meeting_cancelled');
      if (body.ownerId) await this.requireMember(tx, networkId, body.ownerId, 'ownerId');
      await this.work.insertItem(tx, { meetingId, ...body, status: newItemStatus(role ?? 'member'), proposedBy: user.id, at: this.clock.now() });
    });
  }

  updateItem(user: Me, networkId: string, meetingId: string, itemId: string, body: RouteIn<'updateAgendaItem', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx }) => {
      if (!(await this.work.findItem(tx, meetingId, itemId))) throw notFound('Agenda item');
      if (body.ownerId) await this.requireMember(tx, networkId, body.ownerId, 'ownerId');
      await this.work.updateItem(tx, meetingId, itemId, body);
    });
  }

  removeItem(user: Me, networkId: string, meetingId: string, itemId: string): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx }) => {
      if (!(await this.work.findItem(tx, meetingId, itemId))) throw notFound('Agenda item');
      await this.work.deleteItem(tx, meetingId, itemId);
    });
  }

  /** Under the meeting's lock: an order made from an out-of-date list is refused, never half applied. */
  reorder(user: Me, networkId: string, meetingId: string, itemIds: string[]): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx }) => {
      const accepted = (await this.work.items(meetingId, tx)).filter((i) => i.status === 'accepted').map((i) => i.id);
      if (!isSameSet(accepted, itemIds)) throw new AppError('stale_order', 'The agenda changed meanwhile; look at it again');
      await this.work.reorder(tx, meetingId, itemIds);
    });
  }

  rsvp(user: Me, networkId: string, meetingId: string, body: RouteIn<'rsvp', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.respond', networkId, meetingId, async ({ meeting, tx }) => {
      refuse(mayRespond(meeting, this.clock.now()));
      await this.meetings.answer(tx, meetingId, user.id, body.answer, body.note, this.clock.now());
    });
  }

  attendance(user: Me, networkId: string, meetingId: string, body: RouteIn<'attendance', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ meeting, tx }) => {
      const live = (await this.live.state(liveSubject(meeting), [], tx)).status === 'running';
      if (!live) refuse(mayRecordAttendance(meeting, this.clock.now()));
      await this.requireMember(tx, networkId, body.userId, 'userId');
      await this.meetings.setAttendance(tx, meetingId, body.userId, body.present, user.id, this.clock.now());
    });
  }

  checkIn(user: Me, networkId: string, meetingId: string): Promise<MeetingDetail> {
    return this.change(user, 'meetings.respond', networkId, meetingId, async ({ meeting, tx }) => {
      const live = (await this.live.state(liveSubject(meeting), [], tx)).status === 'running';
      refuse(mayCheckIn(meeting, live));
      await this.meetings.setAttendance(tx, meetingId, user.id, true, user.id, this.clock.now());
    });
  }

  addDecision(user: Me, networkId: string, meetingId: string, body: RouteIn<'addDecision', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx }) => {
      if (body.itemId && !(await this.work.findItem(tx, meetingId, body.itemId))) throw validationFailed({ itemId: 'Not an item of this meeting' });
      await this.work.insertDecision(tx, { meetingId, itemId: body.itemId, text: body.text, decidedBy: user.id, at: this.clock.now() });
    });
  }

  addAction(user: Me, networkId: string, meetingId: string, body: RouteIn<'addActionItem', 'body'>): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx, afterCommit }) => {
      if (body.assigneeId) await this.requireMember(tx, networkId, body.assigneeId, 'assigneeId');
      const actionId = await this.work.insertAction(tx, { meetingId, networkId, text: body.text, assigneeId: body.assigneeId, dueOn: body.dueOn, createdBy: user.id, at: this.clock.now() });
      const assigneeId = body.assigneeId;
      if (assigneeId) afterCommit(() => this.events.publish('actionItem.assigned', { networkId, meetingId, actionId, assigneeId, actorId: user.id }));
    });
  }

  /** Its assignee or a facilitator marks it done (or open again). */
  async updateAction(user: Me, networkId: string, meetingId: string, actionId: string, body: RouteIn<'updateActionItem', 'body'>): Promise<ActionItem> {
    await this.change(user, 'meetings.respond', networkId, meetingId, async ({ role, tx }) => {
      const item = await this.work.action(networkId, meetingId, actionId, tx);
      if (!item) throw notFound('Action item');
      if (!mayCompleteAction({ assigneeId: item.assignee?.id ?? null }, { userId: user.id, role })) throw forbidden('Only its assignee or a facilitator completes an action item');
      await this.work.setActionStatus(tx, actionId, body.status, this.clock.now());
    });
    const item = await this.work.action(networkId, meetingId, actionId);
    if (!item) throw notFound('Action item');
    return item;
  }

  updateMinutes(user: Me, networkId: string, meetingId: string, minutes: string): Promise<MeetingDetail> {
    return this.change(user, 'meetings.manage', networkId, meetingId, async ({ tx }) => {
      await this.meetings.update(tx, meetingId, { minutes }, this.clock.now());
    });
  }

  /** Live mode steps through the accepted agenda items; the deadline comes from the server's clock. */
  async moveLive(user: Me, networkId: string, meetingId: string, body: LiveMoveBody): Promise<LiveState> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      await this.gate.requireAccess(user, 'meetings.manage', networkId, { tx });
      const meeting = await this.meetings.lock(tx, networkId, meetingId);
      if (!meeting) throw notFound('Meeting');
      if (meeting.status === 'cancelled') refuse('meeting_cancelled');
      const steps = stepsOf(await this.work.items(meetingId, tx));
      return this.live.move(tx, afterCommit, liveSubject(meeting), steps, body, user.id);
    });
  }

  myActions(user: Me): Promise<MyActionItems> {
    return this.work.openActionsOf(user.id);
  }

  private async requireMember(tx: Tx, networkId: string, userId: string, field: string): Promise<void> {
    if (!(await this.members.roleOf(networkId, userId, tx))) throw validationFailed({ [field]: 'Not a member of this network' });
  }

  /** The frame of every change: access, the meeting locked, the work, then the page refreshed for everyone. */
  private async change(user: Me, permission: NetworkPermission, networkId: string, meetingId: string, work: (locked: Locked) => Promise<void>): Promise<MeetingDetail> {
    const { meeting, role } = await inTransaction(this.db, async (tx, afterCommit) => {
      const standing = await this.gate.requireAccess(user, permission, networkId, { tx });
      const locked = await this.meetings.lock(tx, networkId, meetingId);
      if (!locked) throw notFound('Meeting');
      await work({ meeting: locked, role: standing.role, tx, afterCommit });
      afterCommit(() => this.events.publish('meeting.updated', { networkId, meetingId }));
      return { meeting: locked, role: standing.role };
    });
    const fresh = (await this.meetings.find(networkId, meetingId)) ?? meeting;
    return this.reader.detail(fresh, { userId: user.id, role });
  }
}
