import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coreRoutes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export const OUTBOX_PAGE_SIZE = 20;

/** Mail kept while no SMTP server is set; platform admins only. */
export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: ({ signal }) => callRoute(coreRoutes.outbox, { query: { page, pageSize: OUTBOX_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
