import { getSchema, type JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { defaultMarkdownSerializer as basic, MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import type * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { documentExtensions, isSafeHref } from '@broedplaats/editor-schema';

/** The editor's schema, built once: every rendering reads a document the way the editor does. */
export const documentSchema: Schema = getSchema(documentExtensions);

const EMPTY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Drops what the schema does not know (a hostile client can write any XML into a Y.Doc) and unsafe links. */
function clean(json: JSONContent): JSONContent | null {
  if (json.type === 'text') {
    const marks = (json.marks ?? []).filter((m) => documentSchema.marks[m.type] && (m.type !== 'link' || isSafeHref(m.attrs?.href)));
    return json.text ? { ...json, marks } : null;
  }
  if (!json.type || !documentSchema.nodes[json.type]) return null;
  const content = (json.content ?? []).map(clean).filter((c): c is JSONContent => c !== null);
  return { ...json, content };
}

/** The document as a ProseMirror node: unknown XML is left out; content the schema refuses becomes plain text; never an error. */
export function documentNode(doc: Y.Doc): ProseMirrorNode {
  const json = clean(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FRAGMENT)) as JSONContent) ?? EMPTY;
  try {
    const node = documentSchema.nodeFromJSON(json.content?.length ? json : EMPTY);
    node.check();
    return node;
  } catch {
    const text = textOf(json);
    return documentSchema.nodeFromJSON({ type: 'doc', content: text.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })) });
  }
}

function textOf(json: JSONContent): string {
  if (json.type === 'text') return json.text ?? '';
  const inner = (json.content ?? []).map(textOf);
  return json.type === 'paragraph' || json.type === 'heading' ? inner.join('') + '\n' : inner.join('');
}

/** A printable page's body: the static renderer escapes text and attributes; links are already safe. */
export function documentHtml(node: ProseMirrorNode): string {
  return renderToHTMLString({ extensions: documentExtensions, content: node });
}

const tableRow = (state: MarkdownSerializerState, row: ProseMirrorNode): string => {
  const cells: string[] = [];
  row.forEach((cell) => cells.push(cell.textContent.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()));
  return `| ${cells.join(' | ')} |`;
};

/** Markdown (CommonMark with GFM tables and task lists) with the editor's node names. */
const markdown = new MarkdownSerializer(
  {
    ...basic.nodes,
    codeBlock: (state, node) => basic.nodes.code_block(state, node.type.schema.nodes.codeBlock.create({ params: node.attrs.language ?? '' }, node.content), node, 0),
    horizontalRule: basic.nodes.horizontal_rule,
    hardBreak: basic.nodes.hard_break,
    bulletList: (state, node) => state.renderList(node, '  ', () => '- '),
    orderedList: (state, node) => {
      const start = Number(node.attrs.start ?? 1);
      state.renderList(node, '   ', (i) => `${start + i}. `);
    },
    listItem: basic.nodes.list_item,
    taskList: (state, node) => state.renderList(node, '  ', (i) => (node.child(i).attrs.checked ? '- [x] ' : '- [ ] ')),
    taskItem: basic.nodes.list_item,
    table: (state, node) => {
      const rows: string[] = [];
      node.forEach((row, _offset, i) => {
        rows.push(tableRow(state, row));
        if (i === 0) rows.push(`|${' --- |'.repeat(row.childCount)}`);
      });
      state.write(rows.join('\n'));
      state.closeBlock(node);
    },
    tableRow: () => undefined,
    tableCell: () => undefined,
    tableHeader: () => undefined,
  },
  {
    italic: basic.marks.em,
    bold: basic.marks.strong,
    link: basic.marks.link,
    code: basic.marks.code,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline: the words stay, the line goes.
    underline: { open: '', close: '', mixable: true },
  },
);

export function documentMarkdown(node: ProseMirrorNode): string {
  return markdown.serialize(node, { tightLists: true });
}

/** The rendered text, one entry per block (paragraph, heading, list item, cell): what versions are compared on. */
export function documentTextBlocks(node: ProseMirrorNode): string[] {
  const blocks: string[] = [];
  node.descendants((child) => {
    if (child.isTextblock) {
      blocks.push(child.textContent);
      return false;
    }
    return true;
  });
  return blocks;
}
