import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { CommentAnchor } from '@broedplaats/contracts';

/** What the comments panel needs of the Yjs binding: the shared fragment and ProseMirror↔Yjs mapping. */
type Sync = { type: Y.XmlFragment; binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null };
const syncOf = (state: EditorState): Sync | null => (ySyncPluginKey.getState(state) as Sync | undefined) ?? null;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The selection as an anchor (two Yjs relative positions) and its text; null when nothing is selected. */
export function anchorFromSelection(editor: Editor): { anchor: CommentAnchor; quote: string } | null {
  const { from, to, empty } = editor.state.selection;
  const sync = syncOf(editor.state);
  if (empty || !sync?.binding) return null;
  const mapping = sync.binding.mapping as never;
  const start = absolutePositionToRelativePosition(from, sync.type, mapping);
  const end = absolutePositionToRelativePosition(to, sync.type, mapping);
  return {
    anchor: { start: toBase64(Y.encodeRelativePosition(start)), end: toBase64(Y.encodeRelativePosition(end)) },
    quote: editor.state.doc.textBetween(from, to, ' ').slice(0, 1000),
  };
}

/** Where an anchor is in the document now; null once its passage is gone (or the anchor is unreadable). */
export function rangeOf(state: EditorState, anchor: CommentAnchor): { from: number; to: number } | null {
  const sync = syncOf(state);
  if (!sync?.binding || !sync.type.doc) return null;
  try {
    const mapping = sync.binding.mapping as never;
    const from = relativePositionToAbsolutePosition(sync.type.doc, sync.type, Y.decodeRelativePosition(fromBase64(anchor.start)), mapping);
    const to = relativePositionToAbsolutePosition(sync.type.doc, sync.type, Y.decodeRelativePosition(fromBase64(anchor.end)), mapping);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    return null;
  }
}

export type Highlight = { id: string; anchor: CommentAnchor; active: boolean };
const highlightsKey = new PluginKey<Highlight[]>('commentHighlights');

/** Tells the editor which passages to highlight (the open threads, one of them active). */
export const setHighlights = (editor: Editor, highlights: Highlight[]) => {
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, highlights));
};

/**
 * Highlights commented passages: decorations recomputed from the anchors on every change, so they
 * follow the text as others edit (the relative positions resolve through the Yjs binding).
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<Highlight[]>({
        key: highlightsKey,
        state: {
          init: () => [],
          apply: (tr, value) => (tr.getMeta(highlightsKey) as Highlight[] | undefined) ?? value,
        },
        props: {
          decorations: (state) => {
            const highlights = highlightsKey.getState(state) ?? [];
            const decorations = highlights.flatMap((h) => {
              const range = rangeOf(state, h.anchor);
              return range ? [Decoration.inline(range.from, range.to, { class: h.active ? 'comment-passage comment-passage-active' : 'comment-passage', 'data-thread': h.id })] : [];
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
