import { z } from 'zod';
import { ActivityEntry } from './activity';
import { Comment, Round, SharedQuestion } from './agenda';
import { CommentThread } from './document-comments';
import { DocumentVersion } from './document-versions';
import { DocumentClosed, DocumentCloseAck, DocumentMessage, DocumentMessageAck, DocumentOpenAck, DocumentRef } from './documents';
import { CycleChange } from './cycles';
import { IntervisionChange } from './intervision';
import { ReflectionChange } from './reflection';
import { ErrorBody } from './errors';
import { Id } from './common';
import { Invitation } from './invitations';
import { LiveState, LiveViewer, LiveWatchQuery } from './live-steps';
import { Member, Network } from './networks';
import { Notification } from './notifications';

/** Rooms: one per network, one per user (all of a person's tabs). */
export const networkRoom = (networkId: string) => `network:${networkId}`;
export const userRoom = (userId: string) => `user:${userId}`;

export const OnlineUser = z.object({ userId: Id, displayName: z.string() });
export type OnlineUser = z.infer<typeof OnlineUser>;

/** Server → client events, each with its payload schema. */
export const serverEvents = {
  'network.updated': z.object({ network: Network.omit({ myRole: true, onDuty: true }) }),
  'network.archived': z.object({ networkId: Id }),
  'member.joined': z.object({ networkId: Id, member: Member }),
  'member.updated': z.object({ networkId: Id, member: Member }),
  'member.removed': z.object({ networkId: Id, userId: Id }),
  'invitation.created': z.object({ networkId: Id, invitation: Invitation }),
  'invitation.updated': z.object({ networkId: Id, invitation: Invitation }),
  'presence.changed': z.object({ networkId: Id, online: z.array(OnlineUser) }),
  'activity.recorded': z.object({ networkId: Id, entry: ActivityEntry }),
  'question.created': z.object({ networkId: Id, question: SharedQuestion }),
  /** Status, support count, wording, assignment, outcome: the whole question as every member sees it. */
  'question.updated': z.object({ networkId: Id, question: SharedQuestion }),
  /** A comment was written, edited or removed. */
  'question.commented': z.object({ networkId: Id, questionId: Id, comment: Comment, commentCount: z.number().int() }),
  'round.updated': z.object({ networkId: Id, round: Round }),
  /** A meeting was scheduled, changed or cancelled, or its agenda, answers or notes changed: refetch it. */
  'meeting.changed': z.object({ networkId: Id, meetingId: Id }),
  /** A step-through moved (started, next, previous, ended): everyone with it open follows. */
  'steps.changed': z.object({ networkId: Id, state: LiveState }),
  /** Who has a step-through open now. */
  'steps.viewers': LiveWatchQuery.extend({ networkId: Id, viewers: z.array(LiveViewer) }),
  /**
   * A cycle was started, edited, moved to another phase, logged, measured, commented on or closed:
   * refetch it. Only to who may see it (its visibility), also those who could before a visibility change.
   */
  'cycle.changed': z.object({ networkId: Id, cycleId: Id, change: CycleChange }),
  /**
   * An intervision session was planned, changed or cancelled, or its case, contributions or take-aways
   * changed: refetch it. Names the session, never its content; only to its participants (and its planner).
   */
  'intervision.changed': z.object({ networkId: Id, sessionId: Id, change: IntervisionChange }),
  /** A reflection's shared part or a shared value story was written, changed or withdrawn: refetch the network's lists. */
  'reflection.changed': z.object({ networkId: Id, id: Id, change: ReflectionChange }),
  /** Something new concerns me; `unread` is my new total, for the bell. */
  'notification.created': z.object({ notification: Notification, unread: z.number().int().min(0) }),
  /** I read one (`notificationId`), all of a network (`networkId`) or all, in another tab, or left a network. */
  'notification.read': z.object({ notificationId: Id.nullable(), networkId: Id.nullable(), unread: z.number().int().min(0) }),
  /** A y-protocols message (sync step, update or awareness) of a document this socket has open. */
  'doc.message': DocumentMessage,
  /** The server closed a document for this socket (access lost, document deleted): stop editing it. */
  'doc.closed': DocumentClosed,
  /** A comment thread on a document was opened, answered, edited, resolved or reopened: its whole new state (members). */
  'document.commented': z.object({ networkId: Id, documentId: Id, thread: CommentThread }),
  /** A named version was saved (by hand, before a restore, or when minutes were published): refetch the history (members). */
  'document.versioned': z.object({ networkId: Id, documentId: Id, version: DocumentVersion }),
} as const;
export type ServerEventName = keyof typeof serverEvents;
export type ServerEvents = { [K in ServerEventName]: z.infer<(typeof serverEvents)[K]> };

/**
 * Who may receive each event: a network's members, only its facilitators (the payload carries a
 * secret), its members and the person it is about, only that person, or those who may read a cycle. A test holds the server to this table.
 */
export type EventAudience = 'members' | 'facilitators' | 'members-and-subject' | 'subject' | 'editors' | 'cycle-readers' | 'session-participants';
export const serverEventAudience: Record<ServerEventName, EventAudience> = {
  'network.updated': 'members',
  'network.archived': 'members',
  'member.joined': 'members',
  'member.updated': 'members',
  'member.removed': 'members-and-subject',
  'invitation.created': 'facilitators',
  'invitation.updated': 'facilitators',
  'presence.changed': 'members',
  // Entries for fewer people (facilitators only, or named people) go to fewer: see activity.live.ts.
  'activity.recorded': 'members',
  'question.created': 'members',
  'question.updated': 'members',
  'question.commented': 'members',
  'round.updated': 'members',
  'meeting.changed': 'members',
  // A meeting's step-through: every member. An intervision session's: its participants only (intervision.live.ts).
  'steps.changed': 'members',
  'steps.viewers': 'members',
  // By the cycle's visibility: private → its owners (and the coach they added); facilitators → also the
  // network's facilitators; network → every member.
  'cycle.changed': 'cycle-readers',
  // Only the session's invited participants (and the facilitator who planned it), never other members.
  'intervision.changed': 'session-participants',
  'reflection.changed': 'members',
  // A person's notifications reach their own tabs, nobody else's.
  'notification.created': 'subject',
  'notification.read': 'subject',
  // Only sockets that opened the document and passed its kind's access rule (checked on open, dropped on leaving).
  'doc.message': 'editors',
  'doc.closed': 'editors',
  // Comments and history are members' content, like the document; read-only members see them too.
  'document.commented': 'members',
  'document.versioned': 'members',
};

/** Client → server events: payload schema and acknowledgement schema. */
export const PresenceQuery = z.object({ networkId: Id });
export const PresenceAck = z.union([z.object({ online: z.array(OnlineUser) }), ErrorBody]);
export const LiveWatchAck = z.union([z.object({ viewers: z.array(LiveViewer) }), ErrorBody]);
export const clientEvents = {
  'presence.list': { payload: PresenceQuery, ack: PresenceAck },
  /** I have this step-through open (a meeting's page): count me as present, until unwatch or disconnect. */
  'steps.watch': { payload: LiveWatchQuery, ack: LiveWatchAck },
  'steps.unwatch': { payload: LiveWatchQuery, ack: LiveWatchAck },
  /** Open a document for editing: checks access, then the server sends sync step 1 and the awareness states. */
  'doc.open': { payload: DocumentRef, ack: DocumentOpenAck },
  /** A y-protocols message for an open document; acknowledged once applied and stored. */
  'doc.message': { payload: DocumentMessage, ack: DocumentMessageAck },
  'doc.close': { payload: DocumentRef, ack: DocumentCloseAck },
} as const;
export type ClientEventName = keyof typeof clientEvents;
export type ClientEventPayload<K extends ClientEventName> = z.input<(typeof clientEvents)[K]['payload']>;
export type ClientEventAck<K extends ClientEventName> = z.infer<(typeof clientEvents)[K]['ack']>;

/** Typed maps for socket.io's generics on both ends. */
export type ServerToClientEvents = { [K in ServerEventName]: (payload: ServerEvents[K]) => void };
export type ClientToServerEvents = {
  [K in ClientEventName]: (payload: ClientEventPayload<K>, ack: (answer: ClientEventAck<K>) => void) => void;
};
