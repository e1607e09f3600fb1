import { z } from 'zod';
import {
  AuthResult, ChangePasswordBody, DeleteAccountBody, LoginBody, Me, RegisterBody, RequestPasswordResetBody, ResetPasswordBody, SessionList, UpdateProfileBody,
} from './auth';
import {
  AdminNetworkPage, AdminNetworkParams, AdminNetworksQuery, AdminUser, AdminUserPage, AdminUserParams, AdminUsersQuery, AuditPage, AuditQuery, DutyShift, InstanceSettings,
  StartDutyBody, UpdateInstanceSettingsBody,
} from './admin';
import { ActivityPage, ActivityQuery, NetworkNews } from './activity';
import {
  ChangeQuestionStatusBody, Comment, CommentBody, CommentList, DotsBody, EditCommentBody, MyQuestionList, OpenRoundBody, OutcomeBody, ProposeQuestionBody, PublicQuestionList,
  Question, QuestionDetail, QuestionListQuery, QuestionPage, RoundState, SupportState, TakeOnQuestionBody, UpdateQuestionBody,
} from './agenda';
import { cycleRoutes } from './cycles.routes';
import { intervisionRoutes } from './intervision.routes';
import { reflectionRoutes } from './reflection.routes';
import { MarkAllReadBody, NotificationPage, NotificationParams, NotificationsQuery, UnreadCounts } from './notifications';
import { Id } from './common';
import { documentRoutes } from './documents.routes';
import type { ErrorCode } from './errors';
import { Health } from './health';
import { AcceptInvitationResult, CreateInvitationBody, Invitation, InvitationList, InvitationPreview } from './invitations';
import {
  Member, MemberList, Network, NetworkBody, NetworkListQuery, NetworkPage, PartnerList, PartnerSearchQuery, UpdateMemberBody, UpdateNetworkBody,
} from './networks';
import { InviteByEmailBody, InviteByEmailResult, OutboxPage, OutboxQuery } from './mail';
import { ThemeList } from './themes';
import { LiveMoveBody, LiveState } from './live-steps';
import {
  ActionItem, ActionItemBody, AgendaItemBody, AttendanceBody, CalendarFeed, CalendarFeedParams, DecisionBody, MeetingDetail, MeetingListQuery, MeetingPage, MeetingSeriesResult,
  MinutesBody, MyActionItems, MyMeetings, QuestionMeetings, ReorderItemsBody, RsvpBody, ScheduleMeetingBody, ScheduleSeriesBody, UpdateActionItemBody, UpdateAgendaItemBody, UpdateMeetingBody,
} from './meetings';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** Routes that check a password or make accounts share a per-IP limit by bucket. */
export type RateLimitBucket = 'login' | 'register' | 'password' | 'mail';

/**
 * One HTTP operation. `errors` lists the codes its own rules answer with; every route may also
 * answer validation_failed (400), not_found (404) and, when it needs a session, unauthenticated
 * (401), and every change csrf_failed (403).
 */
export type RouteSpec = {
  method: HttpMethod;
  /** Fastify's syntax: `/api/networks/:networkId`. */
  path: `/api/${string}`;
  summary: string;
  tag: string;
  access: 'public' | 'session';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  errors: readonly ErrorCode[];
  rateLimit?: RateLimitBucket;
};

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const MemberParams = z.object({ networkId: Id, userId: Id });
const InvitationParams = z.object({ networkId: Id, invitationId: Id });
const SessionParams = z.object({ sessionId: Id });
const QuestionParams = z.object({ networkId: Id, questionId: Id });
const CommentParams = z.object({ networkId: Id, questionId: Id, commentId: Id });
const RoundParams = z.object({ networkId: Id, roundId: Id });
const RoundDotsParams = z.object({ networkId: Id, roundId: Id, questionId: Id });
const Q = '/api/networks/:networkId/questions';
const MeetingParams = z.object({ networkId: Id, meetingId: Id });
const AgendaItemParams = z.object({ networkId: Id, meetingId: Id, itemId: Id });
const ActionItemParams = z.object({ networkId: Id, meetingId: Id, actionId: Id });
// The same rule as `invitationToken` in the register and login bodies.
const TokenParams = z.object({ token: z.string().min(10, 'Not a valid invitation token').max(200, 'Not a valid invitation token') });

/** Every HTTP operation of the API. A test fails when Fastify serves a route that is not here, or the reverse. */
export const routes = {
  register: route({
    method: 'POST', path: '/api/auth/register', tag: 'auth', summary: 'Create an account (and join from an invitation)', access: 'public',
    body: RegisterBody, response: AuthResult, status: 201, errors: ['email_taken', 'invitation_invalid', 'already_member', 'rate_limited'], rateLimit: 'register',
  }),
  login: route({
    method: 'POST', path: '/api/auth/login', tag: 'auth', summary: 'Log in (and join from an invitation)', access: 'public',
    body: LoginBody, response: AuthResult, status: 200, errors: ['invalid_credentials', 'invitation_invalid', 'already_member', 'rate_limited'], rateLimit: 'login',
  }),
  logout: route({ method: 'POST', path: '/api/auth/logout', tag: 'auth', summary: 'End this session', access: 'session', status: 204, errors: [] }),
  me: route({ method: 'GET', path: '/api/auth/me', tag: 'auth', summary: 'The logged-in account', access: 'session', response: Me, status: 200, errors: [] }),
  updateMe: route({
    method: 'PATCH', path: '/api/auth/me', tag: 'auth', summary: 'Change my name, language, organisation or bio', access: 'session', body: UpdateProfileBody, response: Me, status: 200, errors: [],
  }),
  changePassword: route({
    method: 'POST', path: '/api/auth/password', tag: 'auth', summary: 'Change my password (ends my other sessions)', access: 'session',
    body: ChangePasswordBody, status: 204, errors: ['rate_limited'], rateLimit: 'password',
  }),
  sessions: route({ method: 'GET', path: '/api/auth/sessions', tag: 'auth', summary: 'My sessions', access: 'session', response: SessionList, status: 200, errors: [] }),
  revokeSession: route({
    method: 'DELETE', path: '/api/auth/sessions/:sessionId', tag: 'auth', summary: 'Revoke one of my sessions', access: 'session', params: SessionParams, status: 204, errors: [],
  }),
  requestPasswordReset: route({
    method: 'POST', path: '/api/auth/password-reset', tag: 'auth', summary: 'Mail a password reset link (same answer for unknown addresses)', access: 'public',
    body: RequestPasswordResetBody, status: 202, errors: ['rate_limited'], rateLimit: 'mail',
  }),
  resetPassword: route({
    method: 'POST', path: '/api/auth/password-reset/complete', tag: 'auth', summary: 'Set a new password with the token from the mail (ends all sessions)', access: 'public',
    body: ResetPasswordBody, status: 204, errors: ['reset_invalid', 'rate_limited'], rateLimit: 'password',
  }),
  deleteAccount: route({
    method: 'POST', path: '/api/auth/me/delete', tag: 'auth', summary: 'Delete my account (contributions stay, as a former member)', access: 'session',
    body: DeleteAccountBody, status: 204, errors: ['last_facilitator', 'rate_limited'], rateLimit: 'password',
  }),
  adminUsers: route({
    method: 'GET', path: '/api/admin/users', tag: 'admin', summary: 'Search every account, with its memberships (platform admins)', access: 'session',
    query: AdminUsersQuery, response: AdminUserPage, status: 200, errors: ['forbidden'],
  }),
  deactivateUser: route({
    method: 'POST', path: '/api/admin/users/:userId/deactivate', tag: 'admin', summary: 'Stop a person logging in and end their sessions (platform admins)', access: 'session',
    params: AdminUserParams, response: AdminUser, status: 200, errors: ['forbidden'],
  }),
  reactivateUser: route({
    method: 'POST', path: '/api/admin/users/:userId/reactivate', tag: 'admin', summary: 'Let a deactivated person log in again (platform admins)', access: 'session',
    params: AdminUserParams, response: AdminUser, status: 200, errors: ['forbidden'],
  }),
  auditLog: route({
    method: 'GET', path: '/api/admin/audit', tag: 'admin', summary: 'What platform admins did, newest first (platform admins)', access: 'session',
    query: AuditQuery, response: AuditPage, status: 200, errors: ['forbidden'],
  }),
  adminNetworks: route({
    method: 'GET', path: '/api/admin/networks', tag: 'admin', summary: 'Every network, members-only and archived too (platform admins)', access: 'session',
    query: AdminNetworksQuery, response: AdminNetworkPage, status: 200, errors: ['forbidden'],
  }),
  startDuty: route({
    method: 'POST', path: '/api/admin/networks/:networkId/duty', tag: 'admin', summary: 'Open a network as facilitator-on-duty for a few hours, with a reason (platform admins)', access: 'session',
    params: AdminNetworkParams, body: StartDutyBody, response: DutyShift, status: 201, errors: ['forbidden', 'already_member'],
  }),
  endDuty: route({
    method: 'DELETE', path: '/api/admin/networks/:networkId/duty', tag: 'admin', summary: 'End my facilitator-on-duty shift in a network (platform admins)', access: 'session',
    params: AdminNetworkParams, status: 204, errors: ['forbidden'],
  }),
  instanceSettings: route({
    method: 'GET', path: '/api/instance', tag: 'admin', summary: 'The instance’s name and welcome text, for the front door', access: 'public',
    response: InstanceSettings, status: 200, errors: [],
  }),
  updateInstanceSettings: route({
    method: 'PUT', path: '/api/admin/settings', tag: 'admin', summary: 'Change the instance’s name and welcome text (platform admins)', access: 'session',
    body: UpdateInstanceSettingsBody, response: InstanceSettings, status: 200, errors: ['forbidden'],
  }),
  outbox: route({
    method: 'GET', path: '/api/admin/outbox', tag: 'mail', summary: 'Mails kept because no SMTP server is set (platform admins)', access: 'session',
    query: OutboxQuery, response: OutboxPage, status: 200, errors: ['forbidden'],
  }),
  inviteByEmail: route({
    method: 'POST', path: '/api/networks/:networkId/invitations/email', tag: 'invitations', summary: 'Invite people by e-mail (one single-use invitation each)', access: 'session',
    params: NetworkParams, body: InviteByEmailBody, response: InviteByEmailResult, status: 201, errors: ['forbidden', 'network_archived', 'rate_limited'], rateLimit: 'mail',
  }),
  themes: route({ method: 'GET', path: '/api/themes', tag: 'themes', summary: 'The theme taxonomy', access: 'public', response: ThemeList, status: 200, errors: [] }),
  partners: route({
    method: 'GET', path: '/api/partners', tag: 'networks', summary: 'Search partner organisations', access: 'session', query: PartnerSearchQuery, response: PartnerList, status: 200, errors: [],
  }),
  networks: route({
    method: 'GET', path: '/api/networks', tag: 'networks', summary: 'My networks or public networks', access: 'session', query: NetworkListQuery, response: NetworkPage, status: 200, errors: [],
  }),
  createNetwork: route({
    method: 'POST', path: '/api/networks', tag: 'networks', summary: 'Start a network (you become its facilitator)', access: 'session',
    body: NetworkBody, response: Network, status: 201, errors: [],
  }),
  network: route({
    method: 'GET', path: '/api/networks/:networkId', tag: 'networks', summary: 'A network (profile only for non-members)', access: 'session',
    params: NetworkParams, response: Network, status: 200, errors: [],
  }),
  updateNetwork: route({
    method: 'PATCH', path: '/api/networks/:networkId', tag: 'networks', summary: 'Edit a network', access: 'session',
    params: NetworkParams, body: UpdateNetworkBody, response: Network, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  archiveNetwork: route({
    method: 'POST', path: '/api/networks/:networkId/archive', tag: 'networks', summary: 'Archive a network', access: 'session',
    params: NetworkParams, response: Network, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  restoreNetwork: route({
    method: 'POST', path: '/api/networks/:networkId/restore', tag: 'networks', summary: 'Bring an archived network back', access: 'session',
    params: NetworkParams, response: Network, status: 200, errors: ['forbidden', 'not_archived'],
  }),
  members: route({
    method: 'GET', path: '/api/networks/:networkId/members', tag: 'members', summary: 'Members of a network', access: 'session',
    params: NetworkParams, response: MemberList, status: 200, errors: ['forbidden'],
  }),
  updateMember: route({
    method: 'PATCH', path: '/api/networks/:networkId/members/:userId', tag: 'members', summary: 'Change role, category or engagement', access: 'session',
    params: MemberParams, body: UpdateMemberBody, response: Member, status: 200, errors: ['forbidden', 'last_facilitator', 'network_archived'],
  }),
  removeMember: route({
    method: 'DELETE', path: '/api/networks/:networkId/members/:userId', tag: 'members', summary: 'Remove a member, or leave (own id)', access: 'session',
    params: MemberParams, status: 204, errors: ['forbidden', 'last_facilitator'],
  }),
  activity: route({
    method: 'GET', path: '/api/networks/:networkId/activity', tag: 'activity', summary: 'What happened in a network, newest first (members; each entry only for who may see it)', access: 'session',
    params: NetworkParams, query: ActivityQuery, response: ActivityPage, status: 200, errors: ['forbidden'],
  }),
  activitySeen: route({
    method: 'POST', path: '/api/networks/:networkId/activity/seen', tag: 'activity', summary: 'Mark everything I may see in a network as seen (also when archived)', access: 'session',
    params: NetworkParams, status: 204, errors: ['forbidden'],
  }),
  networkNews: route({
    method: 'GET', path: '/api/me/network-news', tag: 'activity', summary: 'Per network of mine: entries by others since my last visit', access: 'session',
    response: NetworkNews, status: 200, errors: [],
  }),
  questions: route({
    method: 'GET', path: Q, tag: 'agenda', summary: 'The shared agenda: questions, sorted and filtered, a page at a time (members)', access: 'session',
    params: NetworkParams, query: QuestionListQuery, response: QuestionPage, status: 200, errors: ['forbidden'],
  }),
  proposeQuestion: route({
    method: 'POST', path: Q, tag: 'agenda', summary: 'Propose a knowledge question (members)', access: 'session',
    params: NetworkParams, body: ProposeQuestionBody, response: Question, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  question: route({
    method: 'GET', path: `${Q}/:questionId`, tag: 'agenda', summary: 'A question with its status history (members)', access: 'session',
    params: QuestionParams, response: QuestionDetail, status: 200, errors: ['forbidden'],
  }),
  updateQuestion: route({
    method: 'PATCH', path: `${Q}/:questionId`, tag: 'agenda', summary: 'Edit a question (proposer, facilitators); make it public (facilitators); agree to be named (proposer)', access: 'session',
    params: QuestionParams, body: UpdateQuestionBody, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  changeQuestionStatus: route({
    method: 'POST', path: `${Q}/:questionId/status`, tag: 'agenda', summary: 'Move a question to another status (facilitators; the proposer withdraws)', access: 'session',
    params: QuestionParams, body: ChangeQuestionStatusBody, response: QuestionDetail, status: 200, errors: ['forbidden', 'network_archived', 'invalid_transition', 'status_changed'],
  }),
  supportQuestion: route({
    method: 'PUT', path: `${Q}/:questionId/support`, tag: 'agenda', summary: 'Support a question (once per person; again changes nothing)', access: 'session',
    params: QuestionParams, response: SupportState, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  unsupportQuestion: route({
    method: 'DELETE', path: `${Q}/:questionId/support`, tag: 'agenda', summary: 'Withdraw my support', access: 'session',
    params: QuestionParams, response: SupportState, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  takeOnQuestion: route({
    method: 'PUT', path: `${Q}/:questionId/assignment`, tag: 'agenda', summary: 'Take a question on as a research assignment, with a due date (one taker at a time)', access: 'session',
    params: QuestionParams, body: TakeOnQuestionBody, response: Question, status: 200, errors: ['forbidden', 'network_archived', 'already_taken'],
  }),
  giveBackQuestion: route({
    method: 'DELETE', path: `${Q}/:questionId/assignment`, tag: 'agenda', summary: 'Give a taken-on question back (the taker or a facilitator)', access: 'session',
    params: QuestionParams, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  questionOutcome: route({
    method: 'PUT', path: `${Q}/:questionId/outcome`, tag: 'agenda', summary: 'Attach the outcome, a link or a text (proposer, taker, facilitators)', access: 'session',
    params: QuestionParams, body: OutcomeBody, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  questionComments: route({
    method: 'GET', path: `${Q}/:questionId/comments`, tag: 'agenda', summary: 'Comments on a question, oldest first (members)', access: 'session',
    params: QuestionParams, response: CommentList, status: 200, errors: ['forbidden'],
  }),
  postComment: route({
    method: 'POST', path: `${Q}/:questionId/comments`, tag: 'agenda', summary: 'Comment or reply, mentioning members', access: 'session',
    params: QuestionParams, body: CommentBody, response: Comment, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  editComment: route({
    method: 'PATCH', path: `${Q}/:questionId/comments/:commentId`, tag: 'agenda', summary: 'Edit my comment (within 15 minutes)', access: 'session',
    params: CommentParams, body: EditCommentBody, response: Comment, status: 200, errors: ['forbidden', 'network_archived', 'edit_window_closed'],
  }),
  deleteComment: route({
    method: 'DELETE', path: `${Q}/:questionId/comments/:commentId`, tag: 'agenda', summary: 'Remove a comment (author or facilitators); a marker stays', access: 'session',
    params: CommentParams, status: 204, errors: ['forbidden', 'network_archived'],
  }),
  agendaRound: route({
    method: 'GET', path: '/api/networks/:networkId/rounds/current', tag: 'agenda', summary: 'The open dot-voting round (or the last closed one) with my dots', access: 'session',
    params: NetworkParams, response: RoundState, status: 200, errors: ['forbidden'],
  }),
  openRound: route({
    method: 'POST', path: '/api/networks/:networkId/rounds', tag: 'agenda', summary: 'Open a dot-voting round with a budget of dots per member (facilitators; one at a time)', access: 'session',
    params: NetworkParams, body: OpenRoundBody, response: RoundState, status: 201, errors: ['forbidden', 'network_archived', 'round_conflict'],
  }),
  closeRound: route({
    method: 'POST', path: '/api/networks/:networkId/rounds/:roundId/close', tag: 'agenda', summary: 'Close a round and freeze its ranking (facilitators)', access: 'session',
    params: RoundParams, response: RoundState, status: 200, errors: ['forbidden', 'network_archived', 'round_conflict'],
  }),
  setRoundDots: route({
    method: 'PUT', path: '/api/networks/:networkId/rounds/:roundId/dots/:questionId', tag: 'agenda', summary: 'Put my dots on a question on the agenda (within my budget)', access: 'session',
    params: RoundDotsParams, body: DotsBody, response: RoundState, status: 200, errors: ['forbidden', 'network_archived', 'round_conflict', 'budget_exceeded'],
  }),
  myQuestions: route({
    method: 'GET', path: '/api/me/questions', tag: 'agenda', summary: 'Questions I proposed, across my networks, with their status', access: 'session',
    response: MyQuestionList, status: 200, errors: [],
  }),
  publicQuestions: route({
    method: 'GET', path: '/api/public/networks/:networkId/questions', tag: 'agenda', summary: 'A public network’s public questions (no comments; the proposer only when they agreed)', access: 'public',
    params: NetworkParams, response: PublicQuestionList, status: 200, errors: [],
  }),
  notifications: route({
    method: 'GET', path: '/api/me/notifications', tag: 'notifications', summary: 'What concerns me, newest first (per network or unread only if asked)', access: 'session',
    query: NotificationsQuery, response: NotificationPage, status: 200, errors: [],
  }),
  unreadNotifications: route({
    method: 'GET', path: '/api/me/notifications/unread', tag: 'notifications', summary: 'How many notifications I have not read, in all and per network', access: 'session',
    response: UnreadCounts, status: 200, errors: [],
  }),
  readNotification: route({
    method: 'POST', path: '/api/me/notifications/:notificationId/read', tag: 'notifications', summary: 'Mark one of my notifications read', access: 'session',
    params: NotificationParams, status: 204, errors: [],
  }),
  readAllNotifications: route({
    method: 'POST', path: '/api/me/notifications/read', tag: 'notifications', summary: 'Mark all my notifications read, or those of one network', access: 'session',
    body: MarkAllReadBody, status: 204, errors: [],
  }),
  invitations: route({
    method: 'GET', path: '/api/networks/:networkId/invitations', tag: 'invitations', summary: 'Invitation links (facilitators)', access: 'session',
    params: NetworkParams, response: InvitationList, status: 200, errors: ['forbidden'],
  }),
  createInvitation: route({
    method: 'POST', path: '/api/networks/:networkId/invitations', tag: 'invitations', summary: 'Make an invitation link', access: 'session',
    params: NetworkParams, body: CreateInvitationBody, response: Invitation, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  revokeInvitation: route({
    method: 'DELETE', path: '/api/networks/:networkId/invitations/:invitationId', tag: 'invitations', summary: 'Revoke an invitation link', access: 'session',
    params: InvitationParams, response: Invitation, status: 200, errors: ['forbidden'],
  }),
  invitationPreview: route({
    method: 'GET', path: '/api/invitations/:token', tag: 'invitations', summary: 'What an invitation link offers', access: 'public',
    params: TokenParams, response: InvitationPreview, status: 200, errors: ['invitation_invalid'],
  }),
  acceptInvitation: route({
    method: 'POST', path: '/api/invitations/:token/accept', tag: 'invitations', summary: 'Join with an invitation link', access: 'session',
    params: TokenParams, response: AcceptInvitationResult, status: 200, errors: ['invitation_invalid', 'already_member'],
  }),
  publicNetworks: route({
    method: 'GET', path: '/api/public/networks', tag: 'networks', summary: 'Public networks, for visitors without an account', access: 'public',
    query: NetworkListQuery, response: NetworkPage, status: 200, errors: [],
  }),
  publicNetwork: route({
    method: 'GET', path: '/api/public/networks/:networkId', tag: 'networks', summary: 'A public network’s profile, for visitors without an account', access: 'public',
    params: NetworkParams, response: Network, status: 200, errors: [],
  }),
  meetings: route({
    method: 'GET', path: '/api/networks/:networkId/meetings', tag: 'meetings', summary: 'Upcoming or past meetings of a network (members)', access: 'session',
    params: NetworkParams, query: MeetingListQuery, response: MeetingPage, status: 200, errors: ['forbidden'],
  }),
  scheduleMeeting: route({
    method: 'POST', path: '/api/networks/:networkId/meetings', tag: 'meetings', summary: 'Schedule a meeting; every member gets a mail with the .ics (facilitators)', access: 'session',
    params: NetworkParams, body: ScheduleMeetingBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  scheduleSeries: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/series', tag: 'meetings', summary: 'Schedule a series at the same wall-clock time (facilitators)', access: 'session',
    params: NetworkParams, body: ScheduleSeriesBody, response: MeetingSeriesResult, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  meeting: route({
    method: 'GET', path: '/api/networks/:networkId/meetings/:meetingId', tag: 'meetings', summary: 'A meeting with its agenda, answers, decisions, action items and live state (members)', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden'],
  }),
  updateMeeting: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId', tag: 'meetings', summary: 'Edit or reschedule a meeting, or it and the following of its series (facilitators)', access: 'session',
    params: MeetingParams, body: UpdateMeetingBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  cancelMeeting: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/cancel', tag: 'meetings', summary: 'Cancel a meeting; who answered is told (facilitators)', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  meetingIcs: route({
    method: 'GET', path: '/api/networks/:networkId/meetings/:meetingId/meeting.ics', tag: 'meetings', summary: 'The meeting as an iCalendar file (members)', access: 'session',
    params: MeetingParams, status: 200, errors: ['forbidden'],
  }),
  addAgendaItem: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/items', tag: 'meetings', summary: 'Add an agenda item (a member’s is a proposal)', access: 'session',
    params: MeetingParams, body: AgendaItemBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived', 'meeting_cancelled'],
  }),
  updateAgendaItem: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId/items/:itemId', tag: 'meetings', summary: 'Change an agenda item, or accept or decline a proposal (facilitators)', access: 'session',
    params: AgendaItemParams, body: UpdateAgendaItemBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  removeAgendaItem: route({
    method: 'DELETE', path: '/api/networks/:networkId/meetings/:meetingId/items/:itemId', tag: 'meetings', summary: 'Remove an agenda item (facilitators)', access: 'session',
    params: AgendaItemParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  reorderAgendaItems: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/items/order', tag: 'meetings', summary: 'Put the accepted agenda items in a new order (facilitators; 409 when the list is out of date)', access: 'session',
    params: MeetingParams, body: ReorderItemsBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'stale_order'],
  }),
  rsvp: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/rsvp', tag: 'meetings', summary: 'Answer whether I come (yes, no, maybe, with a note)', access: 'session',
    params: MeetingParams, body: RsvpBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  attendance: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/attendance', tag: 'meetings', summary: 'Record whether a member came (facilitators)', access: 'session',
    params: MeetingParams, body: AttendanceBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_not_started'],
  }),
  checkIn: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/check-in', tag: 'meetings', summary: 'Check myself in while the meeting runs live', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_not_started'],
  }),
  addDecision: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/decisions', tag: 'meetings', summary: 'Record a decision (facilitators)', access: 'session',
    params: MeetingParams, body: DecisionBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  addActionItem: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/actions', tag: 'meetings', summary: 'Record an action item, assigned to a member (facilitators)', access: 'session',
    params: MeetingParams, body: ActionItemBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  updateActionItem: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId/actions/:actionId', tag: 'meetings', summary: 'Mark an action item done or open (its assignee or a facilitator)', access: 'session',
    params: ActionItemParams, body: UpdateActionItemBody, response: ActionItem, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  updateMinutes: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/minutes', tag: 'meetings', summary: 'Write the minutes, plain text (facilitators)', access: 'session',
    params: MeetingParams, body: MinutesBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  moveLive: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/live', tag: 'meetings', summary: 'Start, move through or end live mode (facilitators)', access: 'session',
    params: MeetingParams, body: LiveMoveBody, response: LiveState, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'live_not_running'],
  }),
  questionMeetings: route({
    method: 'GET', path: '/api/networks/:networkId/questions/:questionId/meetings', tag: 'meetings', summary: 'The meetings whose agenda items discuss this knowledge question (members)', access: 'session',
    params: QuestionParams, response: QuestionMeetings, status: 200, errors: ['forbidden'],
  }),
  myMeetings: route({
    method: 'GET', path: '/api/me/meetings', tag: 'meetings', summary: 'My upcoming meetings across my networks', access: 'session', response: MyMeetings, status: 200, errors: [],
  }),
  myActionItems: route({
    method: 'GET', path: '/api/me/action-items', tag: 'meetings', summary: 'My open action items across my networks', access: 'session', response: MyActionItems, status: 200, errors: [],
  }),
  calendarFeed: route({
    method: 'GET', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Whether I have a personal calendar feed (its address is shown once made)', access: 'session', response: CalendarFeed, status: 200, errors: [],
  }),
  renewCalendarFeed: route({
    method: 'POST', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Make a new secret feed address (the old one stops working)', access: 'session', response: CalendarFeed, status: 200, errors: [],
  }),
  revokeCalendarFeed: route({
    method: 'DELETE', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Stop my calendar feed', access: 'session', status: 204, errors: [],
  }),
  calendarFeedIcs: route({
    method: 'GET', path: '/api/calendar-feeds/:token', tag: 'meetings', summary: 'A person’s meetings in all their networks, as iCalendar (the secret address is the key)', access: 'public',
    params: CalendarFeedParams, status: 200, errors: [],
  }),
  ...documentRoutes,
  health: route({ method: 'GET', path: '/api/health', tag: 'operations', summary: 'Database and Redis status', access: 'public', response: Health, status: 200, errors: [] }),
  openApi: route({ method: 'GET', path: '/api/openapi.json', tag: 'operations', summary: 'This document', access: 'public', status: 200, errors: [] }),
  ...cycleRoutes,
  ...intervisionRoutes,
  ...reflectionRoutes,
} as const;

export type RouteName = keyof typeof routes;
export type Route = (typeof routes)[RouteName];
export type ParamsOf<R extends RouteSpec> = R['params'] extends z.ZodObject ? z.input<R['params']> : Record<string, never>;

/** The concrete URL path of a route, each parameter percent-encoded. */
export function pathOf<R extends RouteSpec>(spec: R, params: ParamsOf<R>): string {
  return spec.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name])));
}
