import { Tabs } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useT } from '../../../lib/use-t';
import './texts';
import { CommentsPanel } from './CommentsPanel';
import { HistoryPanel } from './HistoryPanel';

export type DocumentWorkProps = { networkId: string; documentId: string; meId: string | null; editor: Editor | null; canComment: boolean; canChange: boolean };

/** Beside the text: its comments and its history (with the exports), one tab each. */
export function DocumentWork({ networkId, documentId, meId, editor, canComment, canChange }: DocumentWorkProps) {
  const { t } = useT();
  return (
    <Tabs defaultValue="comments" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="comments">{t('documents:comments.title')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('documents:history.title')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="comments" pt="xs">
        <CommentsPanel editor={editor} networkId={networkId} documentId={documentId} meId={meId} canComment={canComment} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="xs">
        <HistoryPanel networkId={networkId} documentId={documentId} canChange={canChange} />
      </Tabs.Panel>
    </Tabs>
  );
}
