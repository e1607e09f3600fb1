import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { intervisionRoutes as routes, type CreateMethodBody, type PlanSessionBody, type UpdateSessionBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { intervisionKeys } from './live';

/** Everything of a network sits under `intervisionKeys.all`, so one live event refreshes lists and the open session. */
export const intervisionQueryKeys = {
  methods: (networkId: string) => [...intervisionKeys.all(networkId), 'methods'] as const,
  sessions: (networkId: string) => [...intervisionKeys.all(networkId), 'sessions'] as const,
  session: (networkId: string, sessionId: string) => [...intervisionKeys.all(networkId), 'session', sessionId] as const,
  audit: (networkId: string, sessionId: string) => [...intervisionKeys.all(networkId), 'audit', sessionId] as const,
};

export function useMethods(networkId: string) {
  return useQuery({ queryKey: intervisionQueryKeys.methods(networkId), queryFn: ({ signal }) => callRoute(routes.intervisionMethods, { params: { networkId }, signal }) });
}

export function useSessions(networkId: string) {
  return useQuery({ queryKey: intervisionQueryKeys.sessions(networkId), queryFn: ({ signal }) => callRoute(routes.intervisionSessions, { params: { networkId }, signal }) });
}

export function useMySessions() {
  return useQuery({ queryKey: intervisionKeys.mine, queryFn: ({ signal }) => callRoute(routes.myIntervisionSessions, { signal }), staleTime: 30_000 });
}

/** Content is never kept after leaving the page (gcTime 0): nothing confidential lingers in memory for long. */
export function useSession(networkId: string, sessionId: string) {
  return useQuery({
    queryKey: intervisionQueryKeys.session(networkId, sessionId),
    queryFn: ({ signal }) => callRoute(routes.intervisionSession, { params: { networkId, sessionId }, signal }),
    gcTime: 0,
    retry: false,
  });
}

export function useAudit(networkId: string, sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: intervisionQueryKeys.audit(networkId, sessionId),
    queryFn: ({ signal }) => callRoute(routes.intervisionAudit, { params: { networkId, sessionId }, signal }),
    enabled,
    gcTime: 0,
  });
}

/** Any change in a network's intervision: its lists, the open session and my home list fetch again. */
export function useIntervisionChange<Input, Output>(networkId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: intervisionKeys.all(networkId) }), client.invalidateQueries({ queryKey: intervisionKeys.mine })]);
    },
  });
}

export const usePlanSession = (networkId: string) =>
  useIntervisionChange(networkId, (body: PlanSessionBody) => callRoute(routes.planIntervisionSession, { params: { networkId }, body }));
export const useUpdateSession = (networkId: string, sessionId: string) =>
  useIntervisionChange(networkId, (body: UpdateSessionBody) => callRoute(routes.updateIntervisionSession, { params: { networkId, sessionId }, body }));
export const useSaveMethod = (networkId: string) =>
  useIntervisionChange(networkId, ({ methodId, body }: { methodId: string | null; body: CreateMethodBody }) =>
    methodId ? callRoute(routes.updateIntervisionMethod, { params: { networkId, methodId }, body }) : callRoute(routes.createIntervisionMethod, { params: { networkId }, body }),
  );
