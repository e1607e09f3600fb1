import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SessionList, type ChangePasswordBody } from '@broedplaats/contracts';
import { api } from '../../lib/api';

const sessionsKey = ['sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => api('/auth/sessions', { schema: SessionList, signal }),
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api(`/auth/sessions/${sessionId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Other sessions end on the server, so the list of devices is refreshed. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api('/auth/password', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}
