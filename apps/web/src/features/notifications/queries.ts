import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { coreRoutes, type NotificationsQuery } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

/** Everything under one key: a live event or a mark-read refreshes the bell and every list at once. */
export const notificationKeys = {
  all: () => ['notifications'] as const,
  unread: () => ['notifications', 'unread'] as const,
  list: (filter: ListFilter) => ['notifications', 'list', filter] as const,
};

export type ListFilter = { unreadOnly?: boolean; networkId?: string; pageSize?: number };

/** For the bell: how many I have not read, in all and per network. */
export function useUnreadNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => callRoute(coreRoutes.unreadNotifications, { signal }),
    enabled,
    staleTime: 30_000,
  });
}

/** Newest first, a page at a time. */
export function useNotifications(filter: ListFilter = {}) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(filter),
    queryFn: ({ pageParam, signal }) => {
      const query: NotificationsQuery = { limit: filter.pageSize ?? 20, before: pageParam };
      if (filter.unreadOnly) query.unread = 'true';
      if (filter.networkId) query.networkId = filter.networkId;
      return callRoute(coreRoutes.notifications, { query, signal });
    },
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => callRoute(coreRoutes.readNotification, { params: { notificationId } }),
    onSettled: () => void client.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (networkId: string | null = null) => callRoute(coreRoutes.readAllNotifications, { body: { networkId } }),
    onSettled: () => void client.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}
