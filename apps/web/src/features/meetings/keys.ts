/** Query keys of the meetings feature, shared by its queries and its live handlers. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (networkId: string, when: string, page: number) => ['meetings', 'list', networkId, when, page] as const,
  lists: (networkId: string) => ['meetings', 'list', networkId] as const,
  detail: (networkId: string, meetingId: string) => ['meetings', 'detail', networkId, meetingId] as const,
  mine: ['meetings', 'mine'] as const,
  myActions: ['meetings', 'my-actions'] as const,
  feed: ['meetings', 'feed'] as const,
};
