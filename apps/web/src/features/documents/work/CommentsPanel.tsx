import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Group, MultiSelect, Paper, Stack, Switch, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import type { CommentAnchor, CommentThread } from '@broedplaats/contracts';
import { formatDateTime } from '../../../lib/dates';
import { useT } from '../../../lib/use-t';
import './texts';
import { useMembers } from '../../members/queries';
import { anchorFromSelection, rangeOf, setHighlights } from './anchors';
import { useOpenThread, useRemoveComment, useReply, useResolve, useThreads } from './queries';

type Props = { editor: Editor | null; networkId: string; documentId: string; meId: string | null; canComment: boolean };

/** Comment text and the members it mentions, as one small form. */
function CommentForm({ networkId, label, submit, busy, onCancel }: { networkId: string; label: string; submit: (text: string, mentionedUserIds: string[]) => Promise<unknown>; busy: boolean; onCancel?: () => void }) {
  const { t } = useT();
  const members = useMembers(networkId, true);
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<string[]>([]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        void submit(text, mentioned).then(() => {
          setText('');
          setMentioned([]);
        });
      }}
    >
      <Stack gap="xs">
        <Textarea label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={4000} required />
        <MultiSelect
          label={t('documents:comments.mention')}
          data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }))}
          value={mentioned}
          onChange={setMentioned}
          searchable
          clearable
          maxValues={20}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {t('documents:comments.send')}
          </Button>
          {onCancel && (
            <Button variant="subtle" size="xs" onClick={onCancel}>
              {t('documents:comments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function Thread({ thread, editor, active, onSelect, ...p }: Props & { thread: CommentThread; active: boolean; onSelect: () => void }) {
  const { t } = useT();
  const ref = { networkId: p.networkId, documentId: p.documentId };
  const reply = useReply(ref);
  const resolve = useResolve(ref);
  const remove = useRemoveComment(ref);
  const gone = editor ? rangeOf(editor.state, thread.anchor) === null : false;
  return (
    <Paper withBorder p="xs" radius="sm" className={active ? 'comment-thread comment-thread-active' : 'comment-thread'}>
      <Stack gap={6}>
        <UnstyledButton onClick={onSelect} aria-label={t('documents:comments.showPassage', { quote: thread.quote })}>
          <Text size="sm" fs="italic" lineClamp={2}>
            “{thread.quote}”
          </Text>
        </UnstyledButton>
        {gone && <Text size="xs" c="dimmed">{t('documents:comments.passageGone')}</Text>}
        {thread.resolved && <Badge variant="light" color="green">{t('documents:comments.resolvedBy', { name: thread.resolved.by?.displayName ?? t('documents:comments.someone') })}</Badge>}
        {thread.comments.map((c) => (
          <Stack key={c.id} gap={2} pl={c.parentId ? 'sm' : 0}>
            <Text size="xs" c="dimmed">
              {c.author?.displayName ?? t('documents:comments.someone')} · {formatDateTime(c.createdAt)}
            </Text>
            {c.deleted ? (
              <Text size="sm" c="dimmed">{t('documents:comments.removed')}</Text>
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Text>
            )}
            {c.mentions.length > 0 && <Text size="xs">{t('documents:comments.mentions', { names: c.mentions.map((m) => m.displayName).join(', ') })}</Text>}
            {p.canComment && !c.deleted && c.author?.id === p.meId && (
              <Button variant="subtle" size="compact-xs" color="red" w="fit-content" onClick={() => remove.mutate({ threadId: thread.id, commentId: c.id })}>
                {t('documents:comments.remove')}
              </Button>
            )}
          </Stack>
        ))}
        {p.canComment && (
          <>
            <CommentForm networkId={p.networkId} label={t('documents:comments.reply')} busy={reply.isPending} submit={(text, mentionedUserIds) => reply.mutateAsync({ threadId: thread.id, body: { text, mentionedUserIds } })} />
            <Button variant="light" size="xs" onClick={() => resolve.mutate({ threadId: thread.id, resolved: !thread.resolved })}>
              {thread.resolved ? t('documents:comments.reopen') : t('documents:comments.resolve')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Comments on passages: select text, press "Reageer", write. Threads list beside the text; their
 * passages are highlighted in it and a click on one selects its passage.
 */
export function CommentsPanel(props: Props) {
  const { t } = useT();
  const { editor, networkId, documentId, canComment } = props;
  const threads = useThreads({ networkId, documentId });
  const open = useOpenThread({ networkId, documentId });
  const [draft, setDraft] = useState<{ anchor: CommentAnchor; quote: string } | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [hasSelection, setHasSelection] = useState(false);

  useEffect(() => {
    if (!editor) return;
    const update = () => setHasSelection(!editor.state.selection.empty);
    editor.on('selectionUpdate', update);
    return () => void editor.off('selectionUpdate', update);
  }, [editor]);

  const shown = useMemo(() => (threads.data ?? []).filter((th) => showResolved || !th.resolved), [threads.data, showResolved]);
  useEffect(() => {
    if (editor) setHighlights(editor, shown.map((th) => ({ id: th.id, anchor: th.anchor, active: th.id === active })));
  }, [editor, shown, active]);

  const select = (thread: CommentThread) => {
    setActive(thread.id);
    const range = editor ? rangeOf(editor.state, thread.anchor) : null;
    if (editor && range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  return (
    <Stack gap="sm" aria-labelledby="comments-title">
      <Title order={3} size="h5" id="comments-title">
        {t('documents:comments.title')}
      </Title>
      {canComment && !draft && (
        <Button
          size="xs"
          variant="light"
          disabled={!hasSelection}
          onClick={() => editor && setDraft(anchorFromSelection(editor))}
          aria-describedby="comment-hint"
        >
          {t('documents:comments.start')}
        </Button>
      )}
      {canComment && !draft && (
        <Text size="xs" c="dimmed" id="comment-hint">
          {t('documents:comments.hint')}
        </Text>
      )}
      {draft && (
        <Paper withBorder p="xs">
          <Text size="sm" fs="italic" mb="xs">
            “{draft.quote}”
          </Text>
          <CommentForm
            networkId={networkId}
            label={t('documents:comments.text')}
            busy={open.isPending}
            onCancel={() => setDraft(null)}
            submit={(text, mentionedUserIds) => open.mutateAsync({ ...draft, text, mentionedUserIds }).then((thread) => {
              setDraft(null);
              setActive(thread.id);
            })}
          />
        </Paper>
      )}
      <Switch label={t('documents:comments.showResolved')} checked={showResolved} onChange={(e) => setShowResolved(e.currentTarget.checked)} size="xs" />
      {threads.isSuccess && shown.length === 0 && <Text size="sm" c="dimmed">{t('documents:comments.none')}</Text>}
      {shown.map((thread) => (
        <Thread key={thread.id} {...props} thread={thread} active={thread.id === active} onSelect={() => select(thread)} />
      ))}
    </Stack>
  );
}
