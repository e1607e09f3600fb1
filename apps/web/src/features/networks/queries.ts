import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { coreRoutes, type Network, type NetworkBody, type NetworkListQuery, type UpdateNetworkBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export const networkKeys = {
  all: ['networks'] as const,
  lists: () => ['networks', 'list'] as const,
  list: (scope: 'mine' | 'public', q: string, page: number, filters: NetworkFilters = {}) => ['networks', 'list', scope, q, page, filters] as const,
  detail: (id: string) => ['networks', 'detail', id] as const,
};

export const PAGE_SIZE = 12;

/** Filters and order of a networks list besides the search; unset ones are left out of the request. */
export type NetworkFilters = Pick<NetworkListQuery, 'province' | 'theme' | 'type' | 'status' | 'sort'>;

export function useNetworkList(scope: 'mine' | 'public', q: string, page: number, filters: NetworkFilters = {}) {
  return useQuery({
    queryKey: networkKeys.list(scope, q, page, filters),
    queryFn: ({ signal }) => callRoute(coreRoutes.networks, { query: { scope, q, ...filters, page, pageSize: PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNetwork(id: string) {
  return useQuery({
    queryKey: networkKeys.detail(id),
    queryFn: ({ signal }) => callRoute(coreRoutes.network, { params: { networkId: id }, signal }),
  });
}

export function useThemes() {
  return useQuery({
    queryKey: ['themes'],
    queryFn: ({ signal }) => callRoute(coreRoutes.themes, { signal }),
    staleTime: Infinity,
  });
}

export function usePartnerSearch(q: string) {
  return useQuery({
    queryKey: ['partners', q],
    queryFn: ({ signal }) => callRoute(coreRoutes.partners, { query: { q }, signal }),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}

export function useCreateNetwork() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NetworkBody) => callRoute(coreRoutes.createNetwork, { body }),
    onSuccess: (network) => {
      client.setQueryData(networkKeys.detail(network.id), network);
      void client.invalidateQueries({ queryKey: networkKeys.lists() });
    },
  });
}

/** A changed network as the server answered it (with my role), and the lists it may now sort or hide in. */
function storeChanged(client: QueryClient, network: Network) {
  client.setQueryData(networkKeys.detail(network.id), network);
  void client.invalidateQueries({ queryKey: networkKeys.lists() });
}

export function useUpdateNetwork(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNetworkBody) => callRoute(coreRoutes.updateNetwork, { params: { networkId: id }, body }),
    onSuccess: (network) => storeChanged(client, network),
  });
}

/** Archive or restore: the answer is the network as it now is; lists change too (archived ones are hidden). */
export function useArchiveChange(id: string, action: 'archive' | 'restore') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(action === 'archive' ? coreRoutes.archiveNetwork : coreRoutes.restoreNetwork, { params: { networkId: id } }),
    onSuccess: (network) => storeChanged(client, network),
  });
}
