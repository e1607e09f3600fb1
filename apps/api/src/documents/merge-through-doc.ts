import * as Y from 'yjs';

/**
 * Compaction loads the parts into a document and encodes it, rather than Y.mergeUpdates: the
 * document's garbage collection drops deleted text, so the snapshot (and the size limit measured on
 * it) does not grow with every word typed and removed. The encoding is the one a fresh load gives.
 */
export function mergeThroughDoc(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => parts.forEach((part) => Y.applyUpdate(doc, part)));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
