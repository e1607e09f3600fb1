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

const text = (value: string, bold?: string): Y.XmlText => {
  const node = new Y.XmlText();
  // A leading bold phrase ("Let op:"), as y-prosemirror stores a mark: its name with the mark's attributes.
  if (bold) node.insert(0, bold, { bold: {} });
  node.insert(node.length, value);
  return node;
};

const element = (name: string, children: Array<Y.XmlElement | Y.XmlText>, attributes: Record<string, number> = {}): Y.XmlElement => {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as unknown as string);
  node.insert(0, children);
  return node;
};

const list = (name: string, items: string[]) => element(name, items.map((item) => element('listItem', [element('paragraph', [text(item)])])));

function nodeOf(block: Block): Y.XmlElement {
  if ('heading' in block) return element('heading', [text(block.heading)], { level: block.level ?? 2 });
  if ('paragraph' in block) return element('paragraph', [text(block.paragraph, block.bold)]);
  if ('bullets' in block) return list('bulletList', block.bullets);
  return list('orderedList', block.numbered);
}

/** A whole document's state from blocks, as one Yjs update (the first snapshot of a new document). */
export function documentState(blocks: Block[]): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  if (blocks.length) fragment.insert(0, blocks.map(nodeOf));
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
