import type { CycleStatus, CycleVisibility, NetworkRole } from '@broedplaats/contracts';

/**
 * Who asks about a cycle: their role in its network now (null: not a member). Platform admins and a
 * facilitator-on-duty shift are deliberately absent: a cycle is its owners' practice, and no
 * platform role opens it (the network's gate already refuses them `cycles.read`).
 */
export type CycleReader = { userId: string; role: NetworkRole | null };
export type CycleFacts = { visibility: CycleVisibility; ownerIds: readonly string[]; coachId: string | null; status: CycleStatus; archived: boolean };
export type CycleAction = 'read' | 'comment' | 'edit';
/** `hidden` is answered as 404 (a private cycle does not exist for others); `closed`: a closed cycle is read-only (409). */
export type CycleVerdict = 'allowed' | 'hidden' | 'forbidden' | 'network_archived' | 'closed';

/** The people a cycle is visible to, by role: owners always; its coach (added by the owners) always. */
export function isOwner(reader: CycleReader, cycle: Pick<CycleFacts, 'ownerIds'>): boolean {
  return reader.role !== null && cycle.ownerIds.includes(reader.userId);
}
const isCoach = (reader: CycleReader, cycle: Pick<CycleFacts, 'coachId'>) => reader.role !== null && cycle.coachId === reader.userId;

export function mayRead(reader: CycleReader, cycle: Pick<CycleFacts, 'visibility' | 'ownerIds' | 'coachId'>): boolean {
  if (reader.role === null) return false;
  if (isOwner(reader, cycle) || isCoach(reader, cycle)) return true;
  if (cycle.visibility === 'network') return true;
  return cycle.visibility === 'facilitators' && reader.role === 'facilitator';
}

/**
 * Owners edit; owners, the coach and facilitators who may see it comment; every other member who
 * may see it reads. An archived network is read-only; a closed cycle takes comments, not edits.
 */
export function judgeCycle(action: CycleAction, reader: CycleReader, cycle: CycleFacts): CycleVerdict {
  if (!mayRead(reader, cycle)) return 'hidden';
  if (action === 'read') return 'allowed';
  const may = action === 'edit' ? isOwner(reader, cycle) : isOwner(reader, cycle) || isCoach(reader, cycle) || reader.role === 'facilitator';
  if (!may) return 'forbidden';
  if (cycle.archived) return 'network_archived';
  if (action === 'edit' && cycle.status === 'closed') return 'closed';
  return 'allowed';
}

/**
 * Who hears of a cycle live and sees its activity entries: `everyone` (every member), or the
 * named people only. `facilitatorIds` are the network's facilitators now.
 */
export function cycleAudience(cycle: Pick<CycleFacts, 'visibility' | 'ownerIds' | 'coachId'>, facilitatorIds: readonly string[]): 'everyone' | string[] {
  if (cycle.visibility === 'network') return 'everyone';
  const close = [...cycle.ownerIds, ...(cycle.coachId ? [cycle.coachId] : [])];
  return [...new Set(cycle.visibility === 'facilitators' ? [...close, ...facilitatorIds] : close)];
}
