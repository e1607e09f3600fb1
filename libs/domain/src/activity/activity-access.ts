import type { NetworkRole } from '@broedplaats/contracts';
import { judgeAccess, networkPermissions, type AccessVerdict, type NetworkPermission, type NetworkSubject } from '../access/network-access';

/** What decides who sees an entry: the permission of the thing it is about, and (when set) the only people it is for. */
export type EntryAccess = { permission: NetworkPermission; restrictedTo: readonly string[] | null };
export type Reader = NetworkSubject & { userId: string };

// Reading what happened is not changing anything: "archived" and "not archived" are about the
// network's state, not about who the reader is, so they do not hide an entry.
const readable = (verdict: AccessVerdict) => verdict === 'allowed' || verdict === 'network_archived' || verdict === 'not_archived';

/** May this reader see this entry? The same rule as the thing it is about, narrowed to `restrictedTo`. */
export function maySeeEntry(reader: Reader, entry: EntryAccess): boolean {
  if (entry.restrictedTo && !entry.restrictedTo.includes(reader.userId)) return false;
  return readable(judgeAccess(entry.permission, reader));
}

/** The permissions whose entries this reader may see (for filtering in one query). */
export function readablePermissions(subject: NetworkSubject): NetworkPermission[] {
  return (Object.keys(networkPermissions) as NetworkPermission[]).filter((permission) => readable(judgeAccess(permission, subject)));
}

/**
 * Counts as new for the reader: someone else did it, after the reader last looked. `seenSeq` is 0
 * when they never looked.
 */
export function isNewEntry(entry: { seq: number; actorId: string | null }, reader: { userId: string; seenSeq: number }): boolean {
  return entry.actorId !== reader.userId && entry.seq > reader.seenSeq;
}

/**
 * Which live room an entry (without `restrictedTo`) goes to: every member, the facilitators only, or
 * nobody. Rooms hold members only, so a member-level rule decides it.
 */
export function entryAudience(permission: NetworkPermission): 'members' | 'facilitators' | 'nobody' {
  const as = (role: NetworkRole): NetworkSubject => ({ role, isPlatformAdmin: false, onDuty: false, visibility: 'members', archived: false });
  if (readable(judgeAccess(permission, as('member')))) return 'members';
  if (readable(judgeAccess(permission, as('facilitator')))) return 'facilitators';
  return 'nobody';
}
