import type { NetworkRole } from '@broedplaats/contracts';

/** What a meeting's state allows; the api answers each refusal with its code (409). */
export type MeetingState = { status: 'scheduled' | 'cancelled'; startsAt: Date; endsAt: Date };
export type MeetingRefusal = 'meeting_cancelled' | 'meeting_over' | 'meeting_not_started';

/** An RSVP is an answer before the meeting: until it ends (people reply on the way), never to a cancelled one. */
export function mayRespond(meeting: MeetingState, now: Date): MeetingRefusal | null {
  if (meeting.status === 'cancelled') return 'meeting_cancelled';
  if (now.getTime() >= meeting.endsAt.getTime()) return 'meeting_over';
  return null;
}

/** Facilitators record who came once the meeting has begun (also long after, from a paper list). */
export function mayRecordAttendance(meeting: MeetingState, now: Date): MeetingRefusal | null {
  if (meeting.status === 'cancelled') return 'meeting_cancelled';
  if (now.getTime() < meeting.startsAt.getTime()) return 'meeting_not_started';
  return null;
}

/** A member checks themself in only while the facilitator runs the meeting live. */
export function mayCheckIn(meeting: MeetingState, live: boolean): MeetingRefusal | null {
  if (meeting.status === 'cancelled') return 'meeting_cancelled';
  return live ? null : 'meeting_not_started';
}

/** Rescheduling or editing: not once cancelled (schedule a new one), and not a meeting that is over. */
export function mayChange(meeting: MeetingState, now: Date): MeetingRefusal | null {
  if (meeting.status === 'cancelled') return 'meeting_cancelled';
  if (now.getTime() >= meeting.endsAt.getTime()) return 'meeting_over';
  return null;
}

export type ActionItemStatus = 'open' | 'done';
/** Whoever it is assigned to finishes it, or a facilitator; reopening follows the same rule. */
export function mayCompleteAction(item: { assigneeId: string | null }, who: { userId: string; role: NetworkRole | null }): boolean {
  return who.role === 'facilitator' || (who.role !== null && item.assigneeId === who.userId);
}

export type AgendaItemStatus = 'proposed' | 'accepted' | 'declined';
/** A member's proposal waits for a facilitator; a facilitator's own item is on the agenda at once. */
export const newItemStatus = (role: NetworkRole): AgendaItemStatus => (role === 'facilitator' ? 'accepted' : 'proposed');

/**
 * A new order for the agenda is valid only when it names exactly the items there are now, once
 * each: a list made before someone else added or removed an item would lose or duplicate one.
 */
export function isSameSet(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length || new Set(proposed).size !== proposed.length) return false;
  const known = new Set(current);
  return proposed.every((id) => known.has(id));
}
