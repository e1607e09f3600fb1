/**
 * What happens to meetings, published after commit. `meeting.scheduled`, `meeting.changed`,
 * `meeting.cancelled` and `actionItem.assigned` are for anyone who listens (notifications later);
 * `meeting.updated` says only that what the page shows changed (answers, agenda, notes).
 */
declare module '../core/events' {
  interface DomainEvents {
    'meeting.scheduled': { networkId: string; meetingIds: string[]; actorId: string };
    'meeting.changed': { networkId: string; meetingIds: string[]; actorId: string };
    'meeting.cancelled': { networkId: string; meetingId: string; actorId: string; told: string[] };
    'meeting.updated': { networkId: string; meetingId: string };
    'actionItem.assigned': { networkId: string; meetingId: string; actionId: string; assigneeId: string; actorId: string };
  }
}
export {};
