import { useState } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import {
  IconArrowBackUp, IconArrowForwardUp, IconBlockquote, IconBold, IconColumnInsertRight, IconH2, IconH3, IconItalic, IconLink, IconList, IconListCheck, IconListNumbers,
  IconRowInsertBottom, IconTable, IconTableOff,
} from '@tabler/icons-react';
import { useT } from '../../../lib/use-t';
import { LinkDialog } from './LinkDialog';
import { RovingToolbar, type ToolbarButton } from './RovingToolbar';

const icon = { size: 18, 'aria-hidden': true } as const;

/** The formatting buttons, each following the editor's state (what the cursor is in). */
export function EditorToolbar({ editor, controls }: { editor: Editor; controls: string }) {
  const { t } = useT();
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      tasks: e.isActive('taskList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tableButtons: ToolbarButton[] = state.inTable
    ? [
        { id: 'row', label: t('documents:toolbar.addRow'), icon: <IconRowInsertBottom {...icon} />, run: () => chain().addRowAfter().run() },
        { id: 'column', label: t('documents:toolbar.addColumn'), icon: <IconColumnInsertRight {...icon} />, run: () => chain().addColumnAfter().run() },
        { id: 'no-table', label: t('documents:toolbar.deleteTable'), icon: <IconTableOff {...icon} />, run: () => chain().deleteTable().run() },
      ]
    : [{ id: 'table', label: t('documents:toolbar.table'), icon: <IconTable {...icon} />, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() }];
  const buttons: ToolbarButton[] = [
    { id: 'bold', label: t('documents:toolbar.bold'), icon: <IconBold {...icon} />, pressed: state.bold, run: () => chain().toggleBold().run() },
    { id: 'italic', label: t('documents:toolbar.italic'), icon: <IconItalic {...icon} />, pressed: state.italic, run: () => chain().toggleItalic().run() },
    { id: 'link', label: t('documents:toolbar.link'), icon: <IconLink {...icon} />, pressed: state.link, run: () => setLinking(true) },
    { id: 'h2', label: t('documents:toolbar.heading2'), icon: <IconH2 {...icon} />, pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run(), groupStart: true },
    { id: 'h3', label: t('documents:toolbar.heading3'), icon: <IconH3 {...icon} />, pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { id: 'quote', label: t('documents:toolbar.blockquote'), icon: <IconBlockquote {...icon} />, pressed: state.quote, run: () => chain().toggleBlockquote().run() },
    { id: 'bullets', label: t('documents:toolbar.bulletList'), icon: <IconList {...icon} />, pressed: state.bullets, run: () => chain().toggleBulletList().run(), groupStart: true },
    { id: 'numbers', label: t('documents:toolbar.orderedList'), icon: <IconListNumbers {...icon} />, pressed: state.numbers, run: () => chain().toggleOrderedList().run() },
    { id: 'tasks', label: t('documents:toolbar.taskList'), icon: <IconListCheck {...icon} />, pressed: state.tasks, run: () => chain().toggleTaskList().run() },
    { ...tableButtons[0], groupStart: true },
    ...tableButtons.slice(1),
    { id: 'undo', label: t('documents:toolbar.undo'), icon: <IconArrowBackUp {...icon} />, disabled: !state.canUndo, run: () => chain().undo().run(), groupStart: true },
    { id: 'redo', label: t('documents:toolbar.redo'), icon: <IconArrowForwardUp {...icon} />, disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
  return (
    <>
      <RovingToolbar label={t('documents:toolbar.label')} buttons={buttons} controls={controls} />
      <LinkDialog editor={editor} opened={linking} onClose={() => setLinking(false)} />
    </>
  );
}
