import { useState } from 'react';
import { Button, Card, Group, MultiSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agendaRoutes, type Comment, type Network } from '@broedplaats/contracts';
import { COMMENT_EDIT_WINDOW_MS } from '@broedplaats/domain';
import { ConfirmButton } from '../../app/ConfirmButton';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useMe } from '../auth/queries';
import { useMembers } from '../members/queries';
import { agendaKeys } from './queries';

/** The conversation under a question, replies one level deep. Live comments land in the cache; what is being typed stays. */
export function Comments({ network, questionId }: { network: Network; questionId: string }) {
  const { t } = useT();
  const comments = useQuery({
    queryKey: agendaKeys.comments(network.id, questionId),
    queryFn: ({ signal }) => callRoute(agendaRoutes.questionComments, { params: { networkId: network.id, questionId }, signal }),
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
            <CommentCard network={network} comment={c} />
            {list.filter((r) => r.parentId === c.id).map((r) => (
              <div key={r.id} style={{ marginLeft: '1.5rem' }}>
                <CommentCard network={network} comment={r} />
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

/** Only the comment's own author, and only within the edit window; the server says the last word. */
const stillEditable = (comment: Comment, meId: string | undefined) => !comment.deleted && comment.author?.id === meId && Date.now() - new Date(comment.createdAt).getTime() < COMMENT_EDIT_WINDOW_MS;

function CommentCard({ network, comment }: { network: Network; comment: Comment }) {
  const { t } = useT();
  const me = useMe();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.text);
  const params = { networkId: network.id, questionId: comment.questionId, commentId: comment.id };
  const put = (next: Comment) => client.setQueryData<Comment[]>(agendaKeys.comments(network.id, comment.questionId), (old) => old?.map((c) => (c.id === next.id ? next : c)));
  const edit = useMutation({
    mutationFn: () => callRoute(agendaRoutes.editComment, { params, body: { text, mentionedUserIds: comment.mentions.map((m) => m.id) } }),
    onSuccess: (next) => (put(next), setEditing(false)),
  });
  const remove = useMutation({
    mutationFn: () => callRoute(agendaRoutes.deleteComment, { params }),
    onSuccess: () => put({ ...comment, text: '', mentions: [], deleted: true }),
  });
  const mayEdit = !network.archived && stillEditable(comment, me.data?.id);
  const mayRemove = !network.archived && !comment.deleted && (comment.author?.id === me.data?.id || network.myRole === 'facilitator');
  const error = edit.error ?? remove.error;
  return (
    <Card withBorder padding="xs">
      <Text size="xs" fw={600}>
        {comment.author?.displayName ?? '—'} · {new Date(comment.createdAt).toLocaleString()} {comment.editedAt && `(${t('agenda:comments.edited')})`}
      </Text>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea aria-label={t('agenda:comments.edit')} description={t('agenda:comments.editUntil')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
            <Group gap="xs">
              <Button type="submit" size="compact-sm" disabled={text.trim() === ''} loading={edit.isPending}>
                {t('agenda:comments.save')}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(false)}>
                {t('agenda:comments.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} fs={comment.deleted ? 'italic' : undefined}>
          {comment.deleted ? t('agenda:comments.deleted') : comment.text}
        </Text>
      )}
      {comment.mentions.length > 0 && <Text size="xs">{t('agenda:comments.mentions', { names: comment.mentions.map((m) => `@${m.displayName}`).join(', ') })}</Text>}
      {(mayEdit || mayRemove) && !editing && (
        <Group gap="xs" mt={4}>
          {mayEdit && (
            <Button size="compact-xs" variant="subtle" onClick={() => (setText(comment.text), setEditing(true))}>
              {t('agenda:comments.edit')}
            </Button>
          )}
          {mayRemove && (
            <ConfirmButton
              size="compact-xs"
              title={t('agenda:comments.deleteTitle')}
              question={t('agenda:comments.deleteQuestion')}
              confirmLabel={t('agenda:comments.delete')}
              onConfirm={() => remove.mutateAsync().catch(() => undefined)}
            >
              {t('agenda:comments.delete')}
            </ConfirmButton>
          )}
        </Group>
      )}
      {error && (
        <Text c="red" role="alert" size="sm">
          {errorMessage(t, error)}
        </Text>
      )}
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
    mutationFn: () => callRoute(agendaRoutes.postComment, { params: { networkId: network.id, questionId }, body: { text, parentId, mentionedUserIds: mentioned } }),
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
