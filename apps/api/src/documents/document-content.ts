import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';

/**
 * Content the server writes itself (minutes from plain text, the demo's pages), in the shape Tiptap's
 * collaboration extension (y-prosemirror) reads: ProseMirror node names as XML elements in the
 * `content` fragment, attributes as XML attributes, text as XmlText with marks as formatting.
 */
export type Block =
  | { heading: string; level?: 1 | 2 | 3 }
  | { paragraph: string; bold?: string }
  | { bullets: string[] }
  | { numbered: string[] };

type Node = { name: string; attributes?: Record<string, number>; children: Node[] } | { text: string; bold?: string };

const list = (name: string, items: string[]): Node => ({ name, children: items.map((item) => ({ name: 'listItem', children: [{ name: 'paragraph', children: [{ text: item }] }] })) });

function nodeOf(block: Block): Node {
  if ('heading' in block) return { name: 'heading', attributes: { level: block.level ?? 2 }, children: [{ text: block.heading }] };
  if ('paragraph' in block) return { name: 'paragraph', children: [{ text: block.paragraph, bold: block.bold }] };
  if ('bullets' in block) return list('bulletList', block.bullets);
  return list('orderedList', block.numbered);
}

/** Nodes are filled after they joined the document: Yjs types read nothing before that. */
function append(parent: Y.XmlFragment | Y.XmlElement, node: Node): void {
  if ('text' in node) {
    const text = new Y.XmlText();
    parent.insert(parent.length, [text]);
    // A leading bold phrase ("Let op:"), stored as y-prosemirror stores a mark: its name with the mark's attributes.
    if (node.bold) text.insert(0, node.bold, { bold: {} });
    text.insert(text.length, node.text, node.bold ? { bold: null } : undefined);
    return;
  }
  const element = new Y.XmlElement(node.name);
  parent.insert(parent.length, [element]);
  // y-prosemirror keeps attribute values as ProseMirror has them (a heading's level is a number).
  for (const [key, value] of Object.entries(node.attributes ?? {})) element.setAttribute(key, value as unknown as string);
  for (const child of node.children) append(element, child);
}

/** A whole document's state from blocks, as one Yjs update (the first snapshot of a new document). */
export function documentState(blocks: Block[]): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  doc.transact(() => blocks.forEach((block) => append(fragment, nodeOf(block))));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Plain-text minutes as paragraphs, one per non-empty line. */
export const paragraphsOf = (plain: string): Block[] =>
  plain
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ paragraph: line }));
