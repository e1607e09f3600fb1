import { Inject, Injectable } from '@nestjs/common';
import { aliasedTable, and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ActionItem, ActionItemStatus, AgendaItem, AgendaItemStatus, Decision } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { meetingActions, meetingDecisions, meetingItems, meetings } from './meetings.tables';

const owner = aliasedTable(users, 'owner');
const proposer = aliasedTable(users, 'proposer');
const assignee = aliasedTable(users, 'assignee');
const person = (id: string | null, name: string | null) => (id && name !== null ? { id, displayName: name } : null);

export type NewItem = { meetingId: string; title: string; timeboxMinutes: number; ownerId: string | null; questionId: string | null; status: AgendaItemStatus; proposedBy: string; at: Date };
export type ItemChanges = Partial<Pick<typeof meetingItems.$inferSelect, 'title' | 'timeboxMinutes' | 'ownerId' | 'questionId' | 'status' | 'position'>>;
type ActionRow = { id: string; meetingId: string; networkId: string; text: string; assigneeId: string | null; assigneeName: string | null; dueOn: string | null; status: ActionItemStatus; meetingTitle: string };
const toAction = (r: ActionRow): ActionItem => ({
  id: r.id, meetingId: r.meetingId, networkId: r.networkId, text: r.text, assignee: person(r.assigneeId, r.assigneeName), dueOn: r.dueOn, status: r.status, meetingTitle: r.meetingTitle,
});
const actionColumns = {
  id: meetingActions.id, meetingId: meetingActions.meetingId, networkId: meetingActions.networkId, text: meetingActions.text, assigneeId: meetingActions.assigneeId,
  assigneeName: assignee.displayName, dueOn: meetingActions.dueOn, status: meetingActions.status, meetingTitle: meetings.title,
};

/** What a meeting holds: its agenda items, decisions and action items. Callers have checked the meeting's network. */
@Injectable()
export class MeetingWorkRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async items(meetingId: string, tx: Db | Tx = this.db): Promise<AgendaItem[]> {
    const rows = await tx
      .select({ item: meetingItems, ownerName: owner.displayName, proposerName: proposer.displayName })
      .from(meetingItems)
      .leftJoin(owner, eq(owner.id, meetingItems.ownerId))
      .leftJoin(proposer, eq(proposer.id, meetingItems.proposedBy))
      .where(eq(meetingItems.meetingId, meetingId))
      .orderBy(asc(meetingItems.position), asc(meetingItems.createdAt));
    return rows.map(({ item, ownerName, proposerName }) => ({
      id: item.id, title: item.title, timeboxMinutes: item.timeboxMinutes, owner: person(item.ownerId, ownerName), questionId: item.questionId,
      status: item.status, proposedBy: person(item.proposedBy, proposerName), position: item.position,
    }));
  }

  async insertItem(tx: Tx, item: NewItem): Promise<string> {
    const { at, ...rest } = item;
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${meetingItems.position}), -1) + 1` }).from(meetingItems).where(eq(meetingItems.meetingId, item.meetingId));
    const [row] = await tx.insert(meetingItems).values({ ...rest, position: Number(next), createdAt: at }).returning({ id: meetingItems.id });
    return row.id;
  }

  async findItem(tx: Tx, meetingId: string, itemId: string) {
    const [row] = await tx.select().from(meetingItems).where(and(eq(meetingItems.meetingId, meetingId), eq(meetingItems.id, itemId))).limit(1);
    return row ?? null;
  }

  async updateItem(tx: Tx, meetingId: string, itemId: string, changes: ItemChanges): Promise<void> {
    await tx.update(meetingItems).set(changes).where(and(eq(meetingItems.meetingId, meetingId), eq(meetingItems.id, itemId)));
  }

  async deleteItem(tx: Tx, meetingId: string, itemId: string): Promise<void> {
    await tx.delete(meetingItems).where(and(eq(meetingItems.meetingId, meetingId), eq(meetingItems.id, itemId)));
  }

  /** Rewrites the positions in one statement; the caller holds the meeting's lock. */
  async reorder(tx: Tx, meetingId: string, itemIds: string[]): Promise<void> {
    const cases = sql.join(itemIds.map((id, i) => sql`when ${id}::uuid then ${i}::int`), sql` `);
    await tx.update(meetingItems).set({ position: sql`case ${meetingItems.id} ${cases} end` }).where(and(eq(meetingItems.meetingId, meetingId), inArray(meetingItems.id, itemIds)));
  }

  async decisions(meetingId: string): Promise<Decision[]> {
    const rows = await this.db
      .select({ d: meetingDecisions, name: users.displayName })
      .from(meetingDecisions)
      .leftJoin(users, eq(users.id, meetingDecisions.decidedBy))
      .where(eq(meetingDecisions.meetingId, meetingId))
      .orderBy(asc(meetingDecisions.at), asc(meetingDecisions.id));
    return rows.map(({ d, name }) => ({ id: d.id, text: d.text, itemId: d.itemId, decidedBy: person(d.decidedBy, name), at: d.at.toISOString() }));
  }

  async insertDecision(tx: Tx, d: { meetingId: string; itemId: string | null; text: string; decidedBy: string; at: Date }): Promise<void> {
    await tx.insert(meetingDecisions).values(d);
  }

  actions(meetingId: string): Promise<ActionItem[]> {
    return this.actionsWhere(eq(meetingActions.meetingId, meetingId));
  }

  async action(networkId: string, meetingId: string, actionId: string, tx: Db | Tx = this.db): Promise<ActionItem | null> {
    const [row] = await this.actionsWhere(and(eq(meetingActions.networkId, networkId), eq(meetingActions.meetingId, meetingId), eq(meetingActions.id, actionId))!, tx);
    return row ?? null;
  }

  async insertAction(tx: Tx, a: { meetingId: string; networkId: string; text: string; assigneeId: string | null; dueOn: string | null; createdBy: string; at: Date }): Promise<string> {
    const { at, ...rest } = a;
    const [row] = await tx.insert(meetingActions).values({ ...rest, createdAt: at }).returning({ id: meetingActions.id });
    return row.id;
  }

  async setActionStatus(tx: Tx, actionId: string, status: ActionItemStatus, at: Date): Promise<void> {
    await tx.update(meetingActions).set({ status, doneAt: status === 'done' ? at : null }).where(eq(meetingActions.id, actionId));
  }

  /** My open action items in networks I am still in (not archived), oldest due first. */
  async openActionsOf(userId: string): Promise<Array<ActionItem & { networkName: string }>> {
    const rows = await this.db
      .select({ ...actionColumns, networkName: networks.name })
      .from(meetingActions)
      .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
      .innerJoin(memberships, and(eq(memberships.networkId, meetingActions.networkId), eq(memberships.userId, userId)))
      .innerJoin(networks, eq(networks.id, meetingActions.networkId))
      .leftJoin(assignee, eq(assignee.id, meetingActions.assigneeId))
      .where(and(eq(meetingActions.assigneeId, userId), eq(meetingActions.status, 'open'), isNull(networks.archivedAt)))
      .orderBy(sql`${meetingActions.dueOn} asc nulls last`, asc(meetingActions.createdAt))
      .limit(100);
    return rows.map((r) => ({ ...toAction(r), networkName: r.networkName }));
  }

  /** A person left: their open action items in this network go back to nobody; returns what was theirs. */
  async unassignOpen(tx: Tx, networkId: string, userId: string): Promise<Array<{ id: string; text: string; meetingId: string }>> {
    return tx
      .update(meetingActions)
      .set({ assigneeId: null })
      .where(and(eq(meetingActions.networkId, networkId), eq(meetingActions.assigneeId, userId), eq(meetingActions.status, 'open')))
      .returning({ id: meetingActions.id, text: meetingActions.text, meetingId: meetingActions.meetingId });
  }

  private async actionsWhere(where: ReturnType<typeof eq>, tx: Db | Tx = this.db): Promise<ActionItem[]> {
    const rows = await tx
      .select(actionColumns)
      .from(meetingActions)
      .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
      .leftJoin(assignee, eq(assignee.id, meetingActions.assigneeId))
      .where(where)
      .orderBy(asc(meetingActions.createdAt), asc(meetingActions.id));
    return rows.map(toAction);
  }
}
