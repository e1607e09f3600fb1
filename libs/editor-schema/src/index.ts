import type { AnyExtension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { TaskItem, TaskList } from '@tiptap/extension-list';

/**
 * What a co-edited document may contain: the one schema the editor (web) and the server (rendering,
 * export, restoring versions, the demo's pages) share, so both read a Y.Doc the same way. The editor adds
 * collaboration and carets on top. Undo/redo is Yjs's (per person), not ProseMirror's history.
 */
export function documentExtensionsWith(options: { checkboxLabel?: (node: ProseMirrorNode) => string } = {}): AnyExtension[] {
  return [
    StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] } }),
    TableKit.configure({ table: { resizable: false } }),
    TaskList,
    TaskItem.configure({ nested: true, ...(options.checkboxLabel ? { a11y: { checkboxLabel: (node: ProseMirrorNode) => options.checkboxLabel!(node) } } : {}) }),
  ];
}

export const documentExtensions: AnyExtension[] = documentExtensionsWith();

/** Links may point only here: anything else (javascript:, data:) is dropped when rendering. */
export const isSafeHref = (href: unknown): href is string => typeof href === 'string' && /^(https?:\/\/|mailto:)/i.test(href.trim());
