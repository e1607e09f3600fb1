import {
  AdminNetworkPage, AdminNetworkParams, AdminNetworksQuery, AdminUser, AdminUserPage, AdminUserParams, AdminUsersQuery, AuditPage, AuditQuery, DutyShift,
  InstanceSettings, StartDutyBody, UpdateInstanceSettingsBody,
} from './admin';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

/** The platform admin's HTTP operations: only admins download them. */
export const adminRoutes = {
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
  updateInstanceSettings: route({
    method: 'PUT', path: '/api/admin/settings', tag: 'admin', summary: 'Change the instance’s name and welcome text (platform admins)', access: 'session',
    body: UpdateInstanceSettingsBody, response: InstanceSettings, status: 200, errors: ['forbidden'],
  }),
} as const;
