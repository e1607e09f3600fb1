import { z } from 'zod';
import { Id, page, PageQuery, Timestamp } from './common';
import { NetworkRole, Visibility } from './networks';

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

export const AuditAction = z.enum(['user.deactivated', 'user.reactivated']);
export type AuditAction = z.infer<typeof AuditAction>;

/** One thing a platform admin did: who, what, to whom, when. */
export const AuditEntry = z.object({
  id: Id,
  actor: z.object({ id: Id, displayName: z.string() }),
  action: AuditAction,
  target: z.object({ id: Id, displayName: z.string() }),
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
});
export type AdminNetwork = z.infer<typeof AdminNetwork>;
export const AdminNetworkPage = page(AdminNetwork);
export type AdminNetworkPage = z.infer<typeof AdminNetworkPage>;
