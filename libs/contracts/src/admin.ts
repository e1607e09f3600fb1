import { z } from 'zod';
import { Id, page, PageQuery, Timestamp } from './common';
import { DutyShiftEnd, NetworkRole, Visibility } from './networks';

/** Platform admins look people up by (part of) their name or e-mail address. */
export const AdminUsersQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });
export type AdminUsersQuery = z.input<typeof AdminUsersQuery>;

export const AdminMembership = z.object({ networkId: Id, networkName: z.string(), role: NetworkRole });
export type AdminMembership = z.infer<typeof AdminMembership>;

export const AdminUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  isPlatformAdmin: z.boolean(),
  createdAt: Timestamp,
  /** Set while the person may not log in. */
  deactivatedAt: Timestamp.nullable(),
  memberships: z.array(AdminMembership),
});
export type AdminUser = z.infer<typeof AdminUser>;
export const AdminUserPage = page(AdminUser);
export type AdminUserPage = z.infer<typeof AdminUserPage>;

export const AdminUserParams = z.object({ userId: Id });

export const AuditAction = z.enum(['user.deactivated', 'user.reactivated', 'network.duty_started', 'network.duty_ended', 'instance.settings_changed']);
export type AuditAction = z.infer<typeof AuditAction>;

/** What an admin action was done to: a person, a network (name null once it is gone), or the instance itself (null). */
export const AuditTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: Id, displayName: z.string() }),
  z.object({ kind: z.literal('network'), id: Id, name: z.string().nullable() }),
]);
export type AuditTarget = z.infer<typeof AuditTarget>;

/** One thing a platform admin did: who, what, to whom, why (where asked), when. */
export const AuditEntry = z.object({
  id: Id,
  actor: z.object({ id: Id, displayName: z.string() }),
  action: AuditAction,
  target: AuditTarget.nullable(),
  /** What the admin wrote as the reason; empty where the action asks for none. */
  reason: z.string(),
  at: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = page(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;
export const AuditQuery = PageQuery;

/** Every network, members-only and archived ones too, for platform admins; `q` matches part of the name. */
export const AdminNetworksQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });
export type AdminNetworksQuery = z.input<typeof AdminNetworksQuery>;
export const AdminNetwork = z.object({
  id: Id,
  name: z.string(),
  visibility: Visibility,
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  memberCount: z.number().int(),
  facilitators: z.array(z.object({ id: Id, displayName: z.string() })),
  /** The asking admin's facilitator-on-duty shift there, while it lasts. */
  myDuty: DutyShiftEnd.nullable(),
});
export type AdminNetwork = z.infer<typeof AdminNetwork>;
export const AdminNetworkPage = page(AdminNetwork);
export type AdminNetworkPage = z.infer<typeof AdminNetworkPage>;

export const AdminNetworkParams = z.object({ networkId: Id });

/** Opening a network as facilitator-on-duty asks why; the reason goes into the audit log. */
export const StartDutyBody = z.object({ reason: z.string().trim().min(3).max(500) });
export type StartDutyBody = z.input<typeof StartDutyBody>;
export const DutyShift = z.object({ networkId: Id, startedAt: Timestamp, endsAt: Timestamp });
export type DutyShift = z.infer<typeof DutyShift>;

/** The instance's own name and welcome text, shown on the front door to everyone. */
export const instanceNameMax = 80;
export const instanceWelcomeMax = 2000;
export const InstanceSettings = z.object({ name: z.string(), welcome: z.string() });
export type InstanceSettings = z.infer<typeof InstanceSettings>;
export const UpdateInstanceSettingsBody = z.object({
  name: z.string().trim().min(2).max(instanceNameMax),
  /** Empty: the front door's own text, in the visitor's language. */
  welcome: z.string().trim().max(instanceWelcomeMax),
});
export type UpdateInstanceSettingsBody = z.input<typeof UpdateInstanceSettingsBody>;
