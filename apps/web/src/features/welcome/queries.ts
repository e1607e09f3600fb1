import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coreRoutes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export const WELCOME_PAGE_SIZE = 6;

/** Public networks as a visitor sees them (no account needed). */
export function usePublicNetworks(q: string, page: number) {
  return useQuery({
    queryKey: ['public-networks', q, page],
    queryFn: ({ signal }) => callRoute(coreRoutes.publicNetworks, { query: { q, page, pageSize: WELCOME_PAGE_SIZE, sort: q ? 'relevance' : 'name' }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicNetwork(networkId: string) {
  return useQuery({
    queryKey: ['public-networks', 'detail', networkId],
    queryFn: ({ signal }) => callRoute(coreRoutes.publicNetwork, { params: { networkId }, signal }),
  });
}
