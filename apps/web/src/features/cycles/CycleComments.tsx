import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useComment, useCycleComments } from './queries';

/** Comments of owners, the coach and facilitators; who may write follows the server's `may.comment`. */
export function CycleComments({ networkId, cycleId, mayComment }: { networkId: string; cycleId: string; mayComment: boolean }) {
  const { t } = useT();
  const comments = useCycleComments(networkId, cycleId);
  const comment = useComment(networkId, cycleId);
  const [text, setText] = useState('');
  return (
    <Stack gap="sm">
      {comments.data?.length === 0 && <Text>{t('cycles:comments.none')}</Text>}
      {(comments.data ?? []).length > 0 && (
        <Stack gap="xs" component="ul" aria-label={t('cycles:comments.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {comments.data?.map((c) => (
            <Paper key={c.id} component="li" withBorder p="sm" radius="md">
              <Text size="xs">
                {c.author?.displayName ?? t('cycles:formerMember')} · {formatDateTime(c.createdAt)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {mayComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) comment.mutate(text, { onSuccess: () => setText('') });
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('cycles:comments.write')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={comment.isError ? errorMessage(t, comment.error) : undefined} />
            <div>
              <Button type="submit" variant="light" loading={comment.isPending} disabled={!text.trim()}>
                {t('cycles:comments.send')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
