import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export const ADMIN_PAGE_SIZE = 20;
export const adminKeys = {
  all: ['admin'] as const,
  users: (q: string, page: number) => ['admin', 'users', q, page] as const,
  networks: (q: string, page: number) => ['admin', 'networks', q, page] as const,
  audit: (page: number) => ['admin', 'audit', page] as const,
};

/** Every account, by name or e-mail; platform admins only. */
export function useAdminUsers(q: string, page: number) {
  return useQuery({
    queryKey: adminKeys.users(q, page),
    queryFn: ({ signal }) => callRoute(routes.adminUsers, { query: { ...(q ? { q } : {}), page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every network, members-only and archived ones too; platform admins only. */
export function useAdminNetworks(q: string, page: number) {
  return useQuery({
    queryKey: adminKeys.networks(q, page),
    queryFn: ({ signal }) => callRoute(routes.adminNetworks, { query: { ...(q ? { q } : {}), page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(page: number) {
  return useQuery({
    queryKey: adminKeys.audit(page),
    queryFn: ({ signal }) => callRoute(routes.auditLog, { query: { page, pageSize: ADMIN_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Deactivates or reactivates someone; the user list and the audit log both change. */
export function useSetActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) =>
      callRoute(active ? routes.reactivateUser : routes.deactivateUser, { params: { userId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
