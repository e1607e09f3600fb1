import type { Comment, QuestionPage } from '@broedplaats/contracts';
import { liveFeature } from '../../lib/live';
import { agendaKeys, mergeQuestion } from './queries';

/**
 * Live changes go into the query cache only: lists and details re-render with the new counts and
 * statuses while forms (a comment being typed, the propose form) keep their own state untouched.
 */
export const agendaLive = liveFeature(({ client }) => ({
  'question.created': ({ networkId, question }) => {
    // A new question belongs somewhere in each sorted, filtered page: let the lists fetch again.
    const lists = client.getQueriesData<QuestionPage>({ queryKey: [...agendaKeys.all(networkId), 'list'] });
    if (lists.some(([, page]) => page?.items.some((item) => item.id === question.id))) return;
    void client.invalidateQueries({ queryKey: [...agendaKeys.all(networkId), 'list'] });
  },
  'question.updated': ({ networkId, question }) => mergeQuestion(client, networkId, question),
  'question.commented': ({ networkId, questionId, comment, commentCount }) => {
    client.setQueryData<Comment[]>(agendaKeys.comments(networkId, questionId), (old) =>
      old ? (old.some((c) => c.id === comment.id) ? old.map((c) => (c.id === comment.id ? comment : c)) : [...old, comment]) : old,
    );
    client.setQueriesData<QuestionPage>({ queryKey: [...agendaKeys.all(networkId), 'list'] }, (page) =>
      page ? { ...page, items: page.items.map((q) => (q.id === questionId ? { ...q, commentCount } : q)) } : page,
    );
  },
  'round.updated': ({ networkId }) => void client.invalidateQueries({ queryKey: agendaKeys.round(networkId) }),
}));
