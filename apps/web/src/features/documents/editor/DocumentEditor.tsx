import { useEffect, useId, type ReactNode } from 'react';
import { Alert, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { documentExtensionsWith } from '@broedplaats/editor-schema';
import { useT } from '../../../lib/use-t';
import { SyncStatus } from '../SyncStatus';
import type { ClosedReason } from '../sync/provider';
import { colourOf } from './colours';
import { DocumentPeople } from './DocumentPeople';
import { EditorToolbar } from './EditorToolbar';
import { CommentHighlights } from '../work/anchors';
import { DocumentWork } from '../work/DocumentWork';
import { useCollaboration, useSyncState, type Collaboration as Session } from './use-collaboration';
import './editor.css';

export type DocumentEditorProps = {
  documentId: string;
  /** What the text is called, for screen readers ("Tekst: Verslag"). */
  title: string;
  /** Who is typing: their name and colour at their cursor. Unknown while offline after a reload. */
  user: { id: string; displayName: string } | null;
  /** Read-only whatever the server says (e.g. published minutes shown to members). */
  readOnly?: boolean;
  /** A panel beside the text on wide screens, below it on phones. */
  aside?: ReactNode;
  /** Shows the comments and history panels in the aside (unless `aside` is given); `archived` keeps them read-only. */
  work?: { networkId: string; archived?: boolean };
  onClosed?: (reason: ClosedReason) => void;
};

/**
 * A co-edited document: Tiptap on a Yjs fragment, synced over the app's socket and kept in this
 * browser (IndexedDB), so typing goes on offline and merges when the connection is back.
 */
export function DocumentEditor(props: DocumentEditorProps) {
  const { t } = useT();
  const session = useCollaboration(props.documentId);
  if (!session) return <Text role="status">{t('documents:editor.loading')}</Text>;
  return <CollaborativeEditor key={props.documentId} session={session} {...props} />;
}

function CollaborativeEditor({ session, title, user, readOnly, aside, work, documentId, onClosed }: DocumentEditorProps & { session: Session }) {
  const { t } = useT();
  const textId = useId();
  const sync = useSyncState(session.provider);
  const locked = Boolean(readOnly || sync?.opened?.readOnly || sync?.closedReason);
  const editor = useEditor({
    // Collaboration brings its own undo (per person, over Yjs); the starter kit's would undo others' typing.
    extensions: [
      // The schema the server renders and exports with (libs/editor-schema).
      ...documentExtensionsWith({ checkboxLabel: (node) => t('documents:editor.checkbox', { text: node.textContent }) }),
      Collaboration.configure({ document: session.doc, field: DOCUMENT_FRAGMENT }),
      CollaborationCaret.configure({ provider: session.provider, user: user ? { name: user.displayName, color: colourOf(user.id) } : {} }),
      CommentHighlights,
    ],
    editable: !locked,
    immediatelyRender: true,
    editorProps: {
      attributes: { id: textId, role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('documents:editor.label', { title }), class: 'document-text' },
    },
  });

  useEffect(() => {
    if (editor.isEditable === locked) editor.setEditable(!locked);
  }, [editor, locked]);
  // The name may arrive after the editor (offline reload: the page starts without knowing who we are).
  const userId = user?.id;
  const userName = user?.displayName;
  useEffect(() => {
    if (userId && userName) editor.commands.updateUser({ name: userName, color: colourOf(userId) });
  }, [editor, userId, userName]);
  const closedReason = sync?.closedReason;
  useEffect(() => {
    if (closedReason) onClosed?.(closedReason);
  }, [closedReason, onClosed]);

  const side =
    aside ??
    (work && (
      <DocumentWork
        networkId={work.networkId}
        documentId={documentId}
        meId={user?.id ?? null}
        editor={editor}
        canComment={!work.archived && !closedReason}
        canChange={!locked}
      />
    ));

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SyncStatus status={sync?.status ?? 'connecting'} />
        <DocumentPeople awareness={session.provider.awareness} />
      </Group>
      {closedReason && (
        <Alert color="orange" variant="light" role="alert">
          {t(`documents:editor.closed.${closedReason}`)}
        </Alert>
      )}
      {locked && !closedReason && <Text size="sm">{t('documents:editor.readOnly')}</Text>}
      <Box className="document-layout">
        <Paper withBorder radius="md" className="document-paper">
          {!locked && (
            <Box className="document-toolbar">
              <EditorToolbar editor={editor} controls={textId} />
            </Box>
          )}
          <EditorContent editor={editor} />
        </Paper>
        {side && (
          <Box component="aside" className="document-aside">
            {side}
          </Box>
        )}
      </Box>
    </Stack>
  );
}
