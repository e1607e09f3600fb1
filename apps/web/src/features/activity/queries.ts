import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { type ActivityEntry, type ActivityPage, coreRoutes } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

/** Under the network's own key, so leaving or being removed drops it with the network. */
export const activityKeys = {
  list: (networkId: string) => ['networks', 'detail', networkId, 'activity'] as const,
  news: () => ['networks', 'news'] as const,
};

export const ACTIVITY_PAGE_SIZE = 20;
export type ActivityPages = InfiniteData<ActivityPage, number | undefined>;

/** Newest first, a page at a time ("Meer laden" asks for the next older page). */
export function useActivity(networkId: string) {
  return useInfiniteQuery({
    queryKey: activityKeys.list(networkId),
    queryFn: ({ pageParam, signal }) => callRoute(coreRoutes.activity, { params: { networkId }, query: { before: pageParam, limit: ACTIVITY_PAGE_SIZE }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Marks the network seen; the start page's counts come again, the list keeps its "new" marks while it is open. */
export function useMarkSeen(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(coreRoutes.activitySeen, { params: { networkId } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: activityKeys.news() }),
  });
}

/** Per network of mine, how many entries are new to me: one request for the whole start page. */
export function useNetworkNews() {
  return useQuery({
    queryKey: activityKeys.news(),
    queryFn: ({ signal }) => callRoute(coreRoutes.networkNews, { signal }),
    select: (news) => new Map(news.map((n) => [n.networkId, n.newCount])),
    staleTime: 30_000,
  });
}

/** A live entry goes on top of the first page, once; new to me unless I did it. */
export function addLiveEntry(pages: ActivityPages | undefined, entry: ActivityEntry, meId: string): ActivityPages | undefined {
  if (!pages || pages.pages.some((page) => page.items.some((item) => item.id === entry.id))) return pages;
  const [first, ...rest] = pages.pages;
  const item = { ...entry, isNew: entry.actor?.id !== meId };
  return { ...pages, pages: [{ ...first, items: [item, ...first.items] }, ...rest] };
}
