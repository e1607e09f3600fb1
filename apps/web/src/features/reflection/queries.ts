import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reflectionRoutes as routes, type ValueStoryBody, type WriteReflectionBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { reflectionKeys } from './live';

const mineKey = ['reflection', 'me'] as const;

/** My journal: mine alone, so it is not kept in memory after leaving the page. */
export const useMyReflections = () => useQuery({ queryKey: mineKey, queryFn: ({ signal }) => callRoute(routes.myReflections, { signal }), gcTime: 0 });
export const useSharedReflections = (networkId: string) =>
  useQuery({ queryKey: [...reflectionKeys.network(networkId), 'shared'], queryFn: ({ signal }) => callRoute(routes.sharedReflections, { params: { networkId }, signal }) });
export const useAggregates = (networkId: string) =>
  useQuery({ queryKey: [...reflectionKeys.network(networkId), 'aggregates'], queryFn: ({ signal }) => callRoute(routes.reflectionAggregates, { params: { networkId }, query: {}, signal }) });
export const useValueStories = (networkId: string) =>
  useQuery({ queryKey: [...reflectionKeys.network(networkId), 'stories'], queryFn: ({ signal }) => callRoute(routes.valueStories, { params: { networkId }, signal }) });

function useReflectionChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => Promise.all([client.invalidateQueries({ queryKey: mineKey }), client.invalidateQueries({ queryKey: ['reflection'] })]) });
}
export const useWriteReflection = () => useReflectionChange((body: WriteReflectionBody) => callRoute(routes.writeReflection, { body }));
export const useDeleteReflection = () => useReflectionChange((reflectionId: string) => callRoute(routes.deleteReflection, { params: { reflectionId } }));
export const useWriteValueStory = (networkId: string) => useReflectionChange((body: ValueStoryBody) => callRoute(routes.writeValueStory, { params: { networkId }, body }));
