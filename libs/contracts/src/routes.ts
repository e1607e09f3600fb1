import { z } from 'zod';
import {
  AuthResult, ChangePasswordBody, DeleteAccountBody, LoginBody, Me, RegisterBody, RequestPasswordResetBody, ResetPasswordBody, SessionList, UpdateProfileBody,
} from './auth';
import { ActivityPage, ActivityQuery, NetworkNews } from './activity';
import { InstanceSettings } from './admin';
import { MarkAllReadBody, NotificationPage, NotificationParams, NotificationsQuery, UnreadCounts } from './notifications';
import { Id } from './common';
import type { ErrorCode } from './errors';
import { Health } from './health';
import { AcceptInvitationResult, CreateInvitationBody, Invitation, InvitationList, InvitationPreview } from './invitations';
import {
  Member, MemberList, Network, NetworkBody, NetworkListQuery, NetworkPage, PartnerList, PartnerSearchQuery, UpdateMemberBody, UpdateNetworkBody,
} from './networks';
import { InviteByEmailBody, InviteByEmailResult, OutboxPage, OutboxQuery } from './mail';
import { ThemeList } from './themes';

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
// The same rule as `invitationToken` in the register and login bodies.
const TokenParams = z.object({ token: z.string().min(10, 'Not a valid invitation token').max(200, 'Not a valid invitation token') });

/**
 * What every page may need (sign-in, networks, people, invitations, activity, notifications). Web code
 * imports its capability's group (agendaRoutes, meetingRoutes...), so each group's schemas come with that
 * capability's chunk instead of the first download.
 */
export const coreRoutes = {
  instanceSettings: route({
    method: 'GET', path: '/api/instance', tag: 'admin', summary: 'The instance’s name and welcome text, for the front door', access: 'public',
    response: InstanceSettings, status: 200, errors: [],
  }),
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
  health: route({ method: 'GET', path: '/api/health', tag: 'operations', summary: 'Database and Redis status', access: 'public', response: Health, status: 200, errors: [] }),
  openApi: route({ method: 'GET', path: '/api/openapi.json', tag: 'operations', summary: 'This document', access: 'public', status: 200, errors: [] }),
} as const;

export type ParamsOf<R extends RouteSpec> = R['params'] extends z.ZodObject ? z.input<R['params']> : Record<string, never>;

/** The concrete URL path of a route, each parameter percent-encoded. */
export function pathOf<R extends RouteSpec>(spec: R, params: ParamsOf<R>): string {
  return spec.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name])));
}
