import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cycleRoutes as routes, type ChangePhaseBody, type CloseCycleBody, type CycleDetail, type CycleListQuery, type IterationBody, type MeasurementBody, type StartCycleBody,
  type UpdateCycleBody,
} from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { cycleKeys } from './live';

/** Everything of a network sits under `cycleKeys.all`, so one live event refreshes lists, detail and charts. */
export const cycleQueryKeys = {
  list: (networkId: string, query: CycleListQuery) => [...cycleKeys.all(networkId), 'list', query] as const,
  detail: (networkId: string, cycleId: string) => [...cycleKeys.all(networkId), 'detail', cycleId] as const,
  logs: (networkId: string, cycleId: string) => [...cycleKeys.all(networkId), 'logs', cycleId] as const,
  comments: (networkId: string, cycleId: string) => [...cycleKeys.all(networkId), 'comments', cycleId] as const,
  report: (networkId: string, from?: string, to?: string) => [...cycleKeys.all(networkId), 'report', from ?? '', to ?? ''] as const,
  mine: () => ['me', 'cycles'] as const,
  overview: () => ['me', 'cycles-overview'] as const,
};

export function useCycles(networkId: string, query: CycleListQuery) {
  return useQuery({
    queryKey: cycleQueryKeys.list(networkId, query),
    queryFn: ({ signal }) => callRoute(routes.cycles, { params: { networkId }, query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCycle(networkId: string, cycleId: string, enabled = true) {
  return useQuery({
    queryKey: cycleQueryKeys.detail(networkId, cycleId),
    queryFn: ({ signal }) => callRoute(routes.cycle, { params: { networkId, cycleId }, signal }),
    enabled: enabled && Boolean(cycleId),
  });
}

export function useCycleLogs(networkId: string, cycleId: string) {
  return useQuery({ queryKey: cycleQueryKeys.logs(networkId, cycleId), queryFn: ({ signal }) => callRoute(routes.cycleLogs, { params: { networkId, cycleId }, signal }) });
}

export function useCycleComments(networkId: string, cycleId: string) {
  return useQuery({ queryKey: cycleQueryKeys.comments(networkId, cycleId), queryFn: ({ signal }) => callRoute(routes.cycleComments, { params: { networkId, cycleId }, signal }) });
}

export function useMyCycles() {
  return useQuery({ queryKey: cycleQueryKeys.mine(), queryFn: ({ signal }) => callRoute(routes.myCycles, { signal }), staleTime: 30_000 });
}

export function useCyclesOverview() {
  return useQuery({ queryKey: cycleQueryKeys.overview(), queryFn: ({ signal }) => callRoute(routes.cyclesOverview, { signal }), staleTime: 30_000 });
}

export function useCycleReport(networkId: string, from?: string, to?: string) {
  return useQuery({
    queryKey: cycleQueryKeys.report(networkId, from, to),
    queryFn: ({ signal }) => callRoute(routes.cycleReport, { params: { networkId }, query: { from, to }, signal }),
  });
}

/** After any change: the answer is the cycle as it is now; lists and my cycles fetch again. */
function useCycleChange<Input>(networkId: string, cycleId: string, send: (input: Input) => Promise<CycleDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData(cycleQueryKeys.detail(networkId, cycleId), detail);
      void client.invalidateQueries({ queryKey: [...cycleKeys.all(networkId), 'list'] });
      void client.invalidateQueries({ queryKey: cycleQueryKeys.mine() });
    },
    onError: () => void client.invalidateQueries({ queryKey: cycleQueryKeys.detail(networkId, cycleId) }),
  });
}

export const useUpdateCycle = (networkId: string, cycleId: string) =>
  useCycleChange(networkId, cycleId, (body: UpdateCycleBody) => callRoute(routes.updateCycle, { params: { networkId, cycleId }, body }));
export const useChangePhase = (networkId: string, cycleId: string) =>
  useCycleChange(networkId, cycleId, (body: ChangePhaseBody) => callRoute(routes.changeCyclePhase, { params: { networkId, cycleId }, body }));
export const useUpdateIteration = (networkId: string, cycleId: string) =>
  useCycleChange(networkId, cycleId, ({ iterationId, ...body }: IterationBody & { iterationId: string }) =>
    callRoute(routes.updateIteration, { params: { networkId, cycleId, iterationId }, body: body as IterationBody }),
  );
export const useCloseCycle = (networkId: string, cycleId: string) =>
  useCycleChange(networkId, cycleId, async (body: CloseCycleBody) => (await callRoute(routes.closeCycle, { params: { networkId, cycleId }, body })).cycle);

export function useStartCycle(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartCycleBody) => callRoute(routes.startCycle, { params: { networkId }, body }),
    onSuccess: (detail) => {
      client.setQueryData(cycleQueryKeys.detail(networkId, detail.id), detail);
      void client.invalidateQueries({ queryKey: [...cycleKeys.all(networkId), 'list'] });
      void client.invalidateQueries({ queryKey: cycleQueryKeys.mine() });
    },
  });
}

export function useAddMeasurement(networkId: string, cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasurementBody) => callRoute(routes.addMeasurement, { params: { networkId, cycleId }, body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: cycleQueryKeys.detail(networkId, cycleId) }),
  });
}

export function useComment(networkId: string, cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => callRoute(routes.commentOnCycle, { params: { networkId, cycleId }, body: { text } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: cycleQueryKeys.comments(networkId, cycleId) }),
  });
}

export function useCycleSettings(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (staleDays: number) => callRoute(routes.cycleSettings, { params: { networkId }, body: { staleDays } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...cycleKeys.all(networkId), 'list'] }),
  });
}
