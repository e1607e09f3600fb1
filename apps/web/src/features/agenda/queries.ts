import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { agendaRoutes, type OutcomeBody, type ProposeQuestionBody, type Question, type QuestionDetail, type QuestionListQuery, type QuestionPage, type RoundState, type SharedQuestion, type UpdateQuestionBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

/** Under the network's own key, so leaving or being removed drops it with the network. */
export const agendaKeys = {
  all: (networkId: string) => ['networks', 'detail', networkId, 'agenda'] as const,
  list: (networkId: string, query: QuestionListQuery) => [...agendaKeys.all(networkId), 'list', query] as const,
  detail: (networkId: string, questionId: string) => [...agendaKeys.all(networkId), 'question', questionId] as const,
  comments: (networkId: string, questionId: string) => [...agendaKeys.all(networkId), 'comments', questionId] as const,
  round: (networkId: string) => [...agendaKeys.all(networkId), 'round'] as const,
  mine: () => ['me', 'questions'] as const,
};

export function useQuestions(networkId: string, query: QuestionListQuery) {
  return useQuery({
    queryKey: agendaKeys.list(networkId, query),
    queryFn: ({ signal }) => callRoute(agendaRoutes.questions, { params: { networkId }, query, signal }),
    placeholderData: (previous) => previous,
  });
}

export function useQuestion(networkId: string, questionId: string) {
  return useQuery({ queryKey: agendaKeys.detail(networkId, questionId), queryFn: ({ signal }) => callRoute(agendaRoutes.question, { params: { networkId, questionId }, signal }) });
}

export function useMyQuestions() {
  return useQuery({ queryKey: agendaKeys.mine(), queryFn: ({ signal }) => callRoute(agendaRoutes.myQuestions, { signal }), staleTime: 30_000 });
}

/**
 * A question as it is now, into every list and detail that shows it. `supportedByMe` is the reader's
 * own: a live update (which does not know it) keeps what the cache had, unless `mine` says otherwise.
 */
export function mergeQuestion(client: QueryClient, networkId: string, question: SharedQuestion, mine?: { supportedByMe: boolean }): void {
  const merge = <T extends Question>(old: T): T => ({ ...old, ...question, supportedByMe: mine?.supportedByMe ?? old.supportedByMe });
  client.setQueriesData<QuestionPage>({ queryKey: [...agendaKeys.all(networkId), 'list'] }, (page) =>
    page ? { ...page, items: page.items.map((item) => (item.id === question.id ? merge(item) : item)) } : page,
  );
  client.setQueryData<QuestionDetail>(agendaKeys.detail(networkId, question.id), (old) => (old ? merge(old) : old));
}

export function useSupport(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, supported }: { questionId: string; supported: boolean }) =>
      callRoute(supported ? agendaRoutes.supportQuestion : agendaRoutes.unsupportQuestion, { params: { networkId, questionId } }),
    onSuccess: ({ questionId, supportCount, supportedByMe }) => {
      const apply = <T extends Question>(q: T): T => (q.id === questionId ? { ...q, supportCount, supportedByMe } : q);
      client.setQueriesData<QuestionPage>({ queryKey: [...agendaKeys.all(networkId), 'list'] }, (page) => (page ? { ...page, items: page.items.map(apply) } : page));
      client.setQueryData<QuestionDetail>(agendaKeys.detail(networkId, questionId), (old) => (old ? apply(old) : old));
    },
  });
}

export function usePropose(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeQuestionBody) => callRoute(agendaRoutes.proposeQuestion, { params: { networkId }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...agendaKeys.all(networkId), 'list'] });
      void client.invalidateQueries({ queryKey: agendaKeys.mine() });
    },
  });
}

export function useChangeStatus(networkId: string, questionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: Question['status']; to: Question['status']; reason?: string }) => callRoute(agendaRoutes.changeQuestionStatus, { params: { networkId, questionId }, body }),
    onSuccess: (detail) => {
      client.setQueryData(agendaKeys.detail(networkId, questionId), detail);
      void client.invalidateQueries({ queryKey: [...agendaKeys.all(networkId), 'list'] });
    },
    // Someone else moved it first: show what it is now.
    onError: () => void client.invalidateQueries({ queryKey: agendaKeys.detail(networkId, questionId) }),
  });
}

/** A question the server sent back after a change: into every list and the detail, with my own support. */
function useApplyQuestion(networkId: string) {
  const client = useQueryClient();
  return (question: Question) => mergeQuestion(client, networkId, question, { supportedByMe: question.supportedByMe });
}

export function useUpdateQuestion(networkId: string, questionId: string) {
  const apply = useApplyQuestion(networkId);
  return useMutation({ mutationFn: (body: UpdateQuestionBody) => callRoute(agendaRoutes.updateQuestion, { params: { networkId, questionId }, body }), onSuccess: apply });
}

export function useTakeOn(networkId: string, questionId: string) {
  const apply = useApplyQuestion(networkId);
  return useMutation({ mutationFn: (dueDate: string) => callRoute(agendaRoutes.takeOnQuestion, { params: { networkId, questionId }, body: { dueDate } }), onSuccess: apply });
}

export function useGiveBack(networkId: string, questionId: string) {
  const apply = useApplyQuestion(networkId);
  return useMutation({ mutationFn: () => callRoute(agendaRoutes.giveBackQuestion, { params: { networkId, questionId } }), onSuccess: apply });
}

export function useOutcome(networkId: string, questionId: string) {
  const apply = useApplyQuestion(networkId);
  return useMutation({ mutationFn: (body: OutcomeBody) => callRoute(agendaRoutes.questionOutcome, { params: { networkId, questionId }, body }), onSuccess: apply });
}

/** The open round (or the last closed one) with my dots; other people's dots stay theirs until it closes. */
export function useRound(networkId: string) {
  return useQuery({ queryKey: agendaKeys.round(networkId), queryFn: ({ signal }) => callRoute(agendaRoutes.agendaRound, { params: { networkId }, signal }) });
}

export function useRoundAction(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { open: number } | { close: string } | { roundId: string; questionId: string; dots: number }) =>
      'open' in action
        ? callRoute(agendaRoutes.openRound, { params: { networkId }, body: { budget: action.open } })
        : 'close' in action
          ? callRoute(agendaRoutes.closeRound, { params: { networkId, roundId: action.close } })
          : callRoute(agendaRoutes.setRoundDots, { params: { networkId, roundId: action.roundId, questionId: action.questionId }, body: { dots: action.dots } }),
    onSuccess: (state: RoundState, action) => {
      client.setQueryData(agendaKeys.round(networkId), state);
      // A closed round ranks the agenda: the lists' "round result" changes with it.
      if ('close' in action) void client.invalidateQueries({ queryKey: [...agendaKeys.all(networkId), 'list'] });
    },
    // Over budget or the round closed meanwhile: show what is true now.
    onError: () => void client.invalidateQueries({ queryKey: agendaKeys.round(networkId) }),
  });
}

/** Public questions of a public network, for anyone (never comments). */
export function usePublicQuestions(networkId: string) {
  return useQuery({ queryKey: ['public-networks', 'detail', networkId, 'questions'], queryFn: ({ signal }) => callRoute(agendaRoutes.publicQuestions, { params: { networkId }, signal }) });
}
