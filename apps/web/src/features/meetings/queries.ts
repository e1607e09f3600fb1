import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ActionItem, agendaRoutes, type MeetingDetail, meetingRoutes, type ScheduleMeetingBody, type ScheduleSeriesBody } from '@broedplaats/contracts';
import { callRoute, isApiError } from '../../lib/api';
import { meetingKeys } from './keys';

export const PAGE_SIZE = 10;

export function useMeetings(networkId: string, when: 'upcoming' | 'past', page: number) {
  return useQuery({
    queryKey: meetingKeys.list(networkId, when, page),
    queryFn: ({ signal }) => callRoute(meetingRoutes.meetings, { params: { networkId }, query: { when, page, pageSize: PAGE_SIZE }, signal }),
    placeholderData: (previous) => previous,
  });
}

export function useMeeting(networkId: string, meetingId: string) {
  return useQuery({ queryKey: meetingKeys.detail(networkId, meetingId), queryFn: ({ signal }) => callRoute(meetingRoutes.meeting, { params: { networkId, meetingId }, signal }) });
}

export type ScheduleInput = { kind: 'single'; body: ScheduleMeetingBody } | { kind: 'series'; body: ScheduleSeriesBody };

export function useSchedule(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ScheduleInput): Promise<number> => {
      if (input.kind === 'single') {
        await callRoute(meetingRoutes.scheduleMeeting, { params: { networkId }, body: input.body });
        return 1;
      }
      return (await callRoute(meetingRoutes.scheduleSeries, { params: { networkId }, body: input.body })).meetings.length;
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: meetingKeys.lists(networkId) });
      void client.invalidateQueries({ queryKey: meetingKeys.mine });
    },
  });
}

/**
 * Every change on a meeting answers with the whole meeting: it goes straight into the page's cache.
 * A change that lost a race (409) refetches, so the page shows what is true now.
 */
export function useMeetingChange<Input>(networkId: string, meetingId: string, change: (input: Input) => Promise<MeetingDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (detail) => {
      client.setQueryData(meetingKeys.detail(networkId, meetingId), detail);
      void client.invalidateQueries({ queryKey: meetingKeys.lists(networkId) });
      void client.invalidateQueries({ queryKey: meetingKeys.mine });
      void client.invalidateQueries({ queryKey: meetingKeys.myActions });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void client.invalidateQueries({ queryKey: meetingKeys.detail(networkId, meetingId) });
    },
  });
}

export function useMyMeetings() {
  return useQuery({ queryKey: meetingKeys.mine, queryFn: ({ signal }) => callRoute(meetingRoutes.myMeetings, { signal }), staleTime: 30_000 });
}

export function useMyActions() {
  return useQuery({ queryKey: meetingKeys.myActions, queryFn: ({ signal }) => callRoute(meetingRoutes.myActionItems, { signal }), staleTime: 30_000 });
}

/** From a home list: my answer or my action, on a meeting whose page may not be open. */
export function useQuickRsvp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ networkId, meetingId, answer }: { networkId: string; meetingId: string; answer: 'yes' | 'no' | 'maybe' }) =>
      callRoute(meetingRoutes.rsvp, { params: { networkId, meetingId }, body: { answer } }),
    onSuccess: (detail) => {
      client.setQueryData(meetingKeys.detail(detail.networkId, detail.id), detail);
      void client.invalidateQueries({ queryKey: meetingKeys.mine });
    },
  });
}

/** Ticks an action item off (or opens it again): into the meeting's page if it is cached, and my list. */
export function useActionStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ networkId, meetingId, actionId, status }: { networkId: string; meetingId: string; actionId: string; status: ActionItem['status'] }) =>
      callRoute(meetingRoutes.updateActionItem, { params: { networkId, meetingId, actionId }, body: { status } }),
    onSuccess: (action) => {
      client.setQueryData<MeetingDetail>(meetingKeys.detail(action.networkId, action.meetingId), (old) =>
        old ? { ...old, actions: old.actions.map((a) => (a.id === action.id ? action : a)) } : old,
      );
      void client.invalidateQueries({ queryKey: meetingKeys.myActions });
    },
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: meetingKeys.feed, queryFn: ({ signal }) => callRoute(meetingRoutes.calendarFeed, { signal }) });
}

export function useCalendarFeedChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (action: 'make' | 'revoke') => {
      if (action === 'make') return callRoute(meetingRoutes.renewCalendarFeed);
      await callRoute(meetingRoutes.revokeCalendarFeed);
      return { active: false, url: null };
    },
    onSuccess: (feed) => client.setQueryData(meetingKeys.feed, feed),
  });
}

/** The network's questions to link an agenda item to (and to name the linked ones), the newest 100. */
export function useQuestionChoices(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...meetingKeys.all, 'questions', networkId],
    queryFn: ({ signal }) => callRoute(agendaRoutes.questions, { params: { networkId }, query: { sort: 'recent', pageSize: 100 }, signal }),
    enabled,
    staleTime: 60_000,
  });
}
