import { Injectable } from '@nestjs/common';
import type { AgendaItem, LiveState, LiveStep, MeetingDetail, MeetingSummary, NetworkRole } from '@broedplaats/contracts';
import type { Db, Tx } from '../core/database/database';
import { LiveStepsService } from '../live-steps/live-steps.service';
import { MeetingWorkRepository } from './meeting-work.repository';
import { MeetingsRepository, type MeetingRow } from './meetings.repository';

/** The live step-through of a meeting goes through its accepted agenda items, in order. */
export const stepsOf = (items: AgendaItem[]): LiveStep[] => items.filter((i) => i.status === 'accepted').map((i) => ({ id: i.id, title: i.title, minutes: i.timeboxMinutes }));
export const liveSubject = (m: Pick<MeetingRow, 'id' | 'networkId'>) => ({ kind: 'meeting' as const, id: m.id, networkId: m.networkId });

export function summaryOf(row: MeetingRow, myRsvp: MeetingSummary['myRsvp'], live: boolean): MeetingSummary {
  return {
    id: row.id, networkId: row.networkId, title: row.title, type: row.type, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(),
    place: row.place, onlineUrl: row.onlineUrl, status: row.status, seriesId: row.seriesId, myRsvp, live,
  };
}

/** Builds what a meeting's page shows, as one reader may see it (counts for facilitators only). */
@Injectable()
export class MeetingReader {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly work: MeetingWorkRepository,
    private readonly live: LiveStepsService,
  ) {}

  async liveState(row: MeetingRow, tx?: Db | Tx): Promise<LiveState> {
    return this.live.state(liveSubject(row), stepsOf(await this.work.items(row.id, tx)), tx);
  }

  async summaries(rows: MeetingRow[], userId: string): Promise<MeetingSummary[]> {
    const ids = rows.map((r) => r.id);
    const [mine, running] = await Promise.all([this.meetings.myRsvps(userId, ids), this.live.running('meeting', ids)]);
    return rows.map((r) => summaryOf(r, mine.get(r.id)?.answer ?? null, running.has(r.id)));
  }

  async detail(row: MeetingRow, reader: { userId: string; role: NetworkRole | null }): Promise<MeetingDetail> {
    const [items, rsvps, attendance, decisions, actions, counts] = await Promise.all([
      this.work.items(row.id),
      this.meetings.rsvps(row.networkId, row.id),
      this.meetings.attendance(row.id),
      this.work.decisions(row.id),
      this.work.actions(row.id),
      reader.role === 'facilitator' ? this.meetings.counts(row.networkId, row.id) : Promise.resolve(null),
    ]);
    const liveState = await this.live.state(liveSubject(row), stepsOf(items));
    const mine = rsvps.find((r) => r.userId === reader.userId);
    // A member sees the agenda and the proposals; declined ones only their proposer and facilitators.
    const visibleItems = items.filter((i) => i.status !== 'declined' || reader.role === 'facilitator' || i.proposedBy?.id === reader.userId);
    return {
      ...summaryOf(row, mine?.answer ?? null, liveState.status === 'running'),
      description: row.description,
      minutes: row.minutes,
      sequence: row.sequence,
      myRsvpNote: mine?.note ?? '',
      items: visibleItems,
      rsvps: rsvps.map((r) => ({ person: { id: r.userId, displayName: r.displayName }, answer: r.answer, note: r.note, category: r.category })),
      attendance,
      decisions,
      actions,
      counts,
      liveState,
    };
  }
}
