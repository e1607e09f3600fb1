import { useState } from 'react';
import { Button, Card, Group, MultiSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes, type Comment, type Network } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';
import { agendaKeys } from './queries';

/** The conversation under a question, replies one level deep. Live comments land in the cache; what is being typed stays. */
export function Comments({ network, questionId }: { network: Network; questionId: string }) {
  const { t } = useT();
  const comments = useQuery({
    queryKey: agendaKeys.comments(network.id, questionId),
    queryFn: ({ signal }) => callRoute(routes.questionComments, { params: { networkId: network.id, questionId }, signal }),
  });
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const list = comments.data ?? [];
  const threads = list.filter((c) => c.parentId === null);
  return (
    <section aria-labelledby="question-comments">
      <Stack gap="sm">
        <Title order={3} id="question-comments" size="h4">
          {t('agenda:comments.title')}
        </Title>
        {threads.map((c) => (
          <Stack key={c.id} gap={4}>
            <CommentCard comment={c} />
            {list.filter((r) => r.parentId === c.id).map((r) => (
              <div key={r.id} style={{ marginLeft: '1.5rem' }}>
                <CommentCard comment={r} />
              </div>
            ))}
            {!network.archived && replyTo !== c.id && (
              <Button size="compact-xs" variant="subtle" onClick={() => setReplyTo(c.id)} style={{ alignSelf: 'flex-start' }}>
                {t('agenda:comments.reply')}
              </Button>
            )}
            {replyTo === c.id && <CommentForm network={network} questionId={questionId} parentId={c.id} onDone={() => setReplyTo(null)} />}
          </Stack>
        ))}
        {!network.archived && <CommentForm network={network} questionId={questionId} parentId={null} />}
      </Stack>
    </section>
  );
}

function CommentCard({ comment }: { comment: Comment }) {
  const { t } = useT();
  return (
    <Card withBorder padding="xs">
      <Text size="xs" fw={600}>
        {comment.author?.displayName ?? '—'} · {new Date(comment.createdAt).toLocaleString()} {comment.editedAt && `(${t('agenda:comments.edited')})`}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} fs={comment.deleted ? 'italic' : undefined}>
        {comment.deleted ? t('agenda:comments.deleted') : comment.text}
      </Text>
    </Card>
  );
}

function CommentForm({ network, questionId, parentId, onDone }: { network: Network; questionId: string; parentId: string | null; onDone?: () => void }) {
  const { t } = useT();
  const client = useQueryClient();
  const members = useMembers(network.id, true);
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<string[]>([]);
  const post = useMutation({
    mutationFn: () => callRoute(routes.postComment, { params: { networkId: network.id, questionId }, body: { text, parentId, mentionedUserIds: mentioned } }),
    onSuccess: (comment) => {
      client.setQueryData<Comment[]>(agendaKeys.comments(network.id, questionId), (old) => (old && !old.some((c) => c.id === comment.id) ? [...old, comment] : old));
      setText('');
      setMentioned([]);
      onDone?.();
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate();
      }}
    >
      <Stack gap="xs">
        <Textarea aria-label={parentId ? t('agenda:comments.reply') : t('agenda:comments.title')} placeholder={t('agenda:comments.placeholder')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <MultiSelect
          label={t('agenda:comments.mention')}
          searchable
          value={mentioned}
          onChange={setMentioned}
          data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }))}
        />
        {post.isError && (
          <Text c="red" role="alert" size="sm">
            {errorMessage(t, post.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" size="compact-sm" disabled={text.trim() === ''} loading={post.isPending}>
            {t('agenda:comments.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
