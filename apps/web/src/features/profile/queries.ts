import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangePasswordBody, coreRoutes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

const sessionsKey = ['sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => callRoute(coreRoutes.sessions, { signal }),
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => callRoute(coreRoutes.revokeSession, { params: { sessionId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Other sessions end on the server, so the list of devices is refreshed. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => callRoute(coreRoutes.changePassword, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}
