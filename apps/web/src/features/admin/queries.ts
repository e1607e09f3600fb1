import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminRoutes, coreRoutes, type InstanceSettings, type UpdateInstanceSettingsBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { networkKeys } from '../networks/queries';

export const ADMIN_PAGE_SIZE = 20;
export const adminKeys = {
  all: ['admin'] as const,
  users: (q: string, page: number) => ['admin', 'users', q, page] as const,
  networks: (q: string, page: number) => ['admin', 'networks', q, page] as const,
  audit: (page: number) => ['admin', 'audit', page] as const,
};
/** Outside `adminKeys`: everyone reads the instance settings on the front door. */
export const instanceKey = ['instance'] as const;

/** Every account, by name or e-mail; platform admins only. */
export function useAdminUsers(q: string, page: number) {
  return useQuery({
    queryKey: adminKeys.users(q, page),
    queryFn: ({ signal }) => callRoute(adminRoutes.adminUsers, { query: { ...(q ? { q } : {}), page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every network, members-only and archived ones too; platform admins only. */
export function useAdminNetworks(q: string, page: number) {
  return useQuery({
    queryKey: adminKeys.networks(q, page),
    queryFn: ({ signal }) => callRoute(adminRoutes.adminNetworks, { query: { ...(q ? { q } : {}), page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(page: number) {
  return useQuery({
    queryKey: adminKeys.audit(page),
    queryFn: ({ signal }) => callRoute(adminRoutes.auditLog, { query: { page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Deactivates or reactivates someone; the user list and the audit log both change. */
export function useSetActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) =>
      callRoute(active ? adminRoutes.reactivateUser : adminRoutes.deactivateUser, { params: { userId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** The instance's name and welcome text; public, so the front door reads it without an account. */
export function useInstanceSettings() {
  return useQuery({
    queryKey: instanceKey,
    queryFn: ({ signal }) => callRoute(coreRoutes.instanceSettings, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useUpdateInstanceSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateInstanceSettingsBody) => callRoute(adminRoutes.updateInstanceSettings, { body }),
    onSuccess: (settings: InstanceSettings) => {
      client.setQueryData(instanceKey, settings);
      void client.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
}

/** Starts or ends my facilitator-on-duty shift in a network; the network page and the admin lists change. */
export function useDuty(networkId: string) {
  const client = useQueryClient();
  const settle = () =>
    Promise.all([client.invalidateQueries({ queryKey: networkKeys.detail(networkId) }), client.invalidateQueries({ queryKey: adminKeys.all })]);
  const start = useMutation({
    mutationFn: (reason: string) => callRoute(adminRoutes.startDuty, { params: { networkId }, body: { reason } }),
    onSuccess: settle,
  });
  const end = useMutation({
    mutationFn: () => callRoute(adminRoutes.endDuty, { params: { networkId } }),
    onSuccess: settle,
  });
  return { start, end };
}
