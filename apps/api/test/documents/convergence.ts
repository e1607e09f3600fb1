import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import type { Database } from '../../src/core/database/database';
import { DocumentStore } from '../../src/documents/document-store';
import { LoadedDocuments } from '../../src/documents/loaded-documents';
import { TestApp } from '../support/app';
import { DocEditor, seeded } from '../support/doc-client';

export type ConvergenceRun = { seed: number; editors: number; steps: number };
export type ConvergenceResult = { texts: string[]; stored: string; acked: number; missing: number; sameVectors: boolean; sameBytesAfterRestart: boolean };

const WORDS = ['wijk', 'buurtkamer', 'signaal', 'schulden', 'koffie', 'huisbezoek', 'leerkring', 'inwoner', 'vertrouwen', ' ', '. '];
const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
const vectorOf = (doc: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()].sort((a, b) => a[0] - b[0]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One random edit in the document's fragment: a paragraph added or removed, text typed or deleted. */
function edit(doc: Y.Doc, random: () => number): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const pick = (n: number) => Math.floor(random() * n);
  const word = WORDS[pick(WORDS.length)];
  const r = random();
  if (fragment.length === 0 || r < 0.2) {
    const p = new Y.XmlElement('paragraph');
    fragment.insert(pick(fragment.length + 1), [p]);
    p.insert(0, [new Y.XmlText(word)]);
    return;
  }
  const p = fragment.get(pick(fragment.length));
  const text = p instanceof Y.XmlElement ? p.get(0) : null;
  if (r > 0.95 || !(text instanceof Y.XmlText)) return void fragment.delete(fragment.toArray().indexOf(p), 1);
  if (r < 0.8 || text.length === 0) text.insert(pick(text.length + 1), word);
  else {
    const at = pick(text.length);
    text.delete(at, Math.min(text.length - at, 1 + pick(6)));
  }
}

async function storedDoc(app: TestApp, documentId: string): Promise<Y.Doc> {
  const stored = await app.app.get(DocumentStore).since(documentId, -1);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const row of stored?.rows ?? []) Y.applyUpdate(doc, row.update);
  return doc;
}

/**
 * Simulated editors make seeded random edits, go offline and come back (editing offline too), and
 * the app is closed and started again on the same database halfway, mid-edit. At the end every
 * replica, the server's copy and the stored document must be the same, holding every acknowledged edit.
 */
export async function runConvergence(database: Database, run: ConvergenceRun): Promise<ConvergenceResult> {
  const random = seeded(run.seed);
  const shared: Database = { ...database, close: async () => undefined };
  let app = await TestApp.start(shared);
  let base = await app.listen();
  const editors: DocEditor[] = [];
  try {
    const people = await Promise.all(Array.from({ length: run.editors }, (_, i) => app.fixtures.person(`Editor ${i + 1}`)));
    const networkId = await app.fixtures.network({ facilitators: [people[0]], members: people.slice(1) });
    const page = await app.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: people[0].cookie, body: { title: `Convergentie ${run.seed}` } });
    const documentId = page.body.id as string;
    for (const person of people) editors.push(new DocEditor(documentId, person.cookie));
    await Promise.all(editors.map((e) => e.open(base)));

    for (let step = 0; step < run.steps; step++) {
      if (step === Math.floor(run.steps / 2)) {
        // Mid-edit: whatever is in flight now may or may not be acknowledged.
        await app.close();
        app = await TestApp.start(shared);
        base = await app.listen();
      }
      const editor = editors[Math.floor(random() * editors.length)];
      const r = random();
      if (!editor.connected && r < 0.25) await editor.open(base);
      else if (editor.connected && r < 0.04) editor.disconnect();
      else edit(editor.doc, random);
      if (random() < 0.2) await sleep(Math.floor(random() * 4));
    }

    for (const editor of editors) if (!editor.connected) await editor.open(base);
    await Promise.all(editors.map((e) => e.flush()));
    // Everyone's difference is stored now; one more round brings everyone everyone else's.
    await Promise.all(editors.map((e) => e.sync()));

    const stored = await storedDoc(app, documentId);
    const serverCopy = app.app.get(LoadedDocuments).get(documentId);
    const before = serverCopy ? Y.encodeStateAsUpdate(serverCopy.doc) : new Uint8Array();
    const acked = editors.flatMap((e) => e.acked);
    const snapshot = Y.snapshot(stored);
    const missing = acked.filter((update) => !Y.snapshotContainsUpdate(snapshot, update)).length;
    const vectors = new Set([...editors.map((e) => vectorOf(e.doc)), vectorOf(stored), ...(serverCopy ? [vectorOf(serverCopy.doc)] : [])]);
    const result: ConvergenceResult = {
      texts: [...editors.map((e) => textOf(e.doc)), ...(serverCopy ? [textOf(serverCopy.doc)] : [])],
      stored: textOf(stored),
      acked: acked.length,
      missing,
      sameVectors: vectors.size === 1,
      sameBytesAfterRestart: false,
    };
    editors.forEach((e) => e.disconnect());
    // Restarted once more: the copy a new instance loads is the same state, byte for byte.
    await app.close();
    app = await TestApp.start(shared);
    const reloaded = await storedDoc(app, documentId);
    result.sameBytesAfterRestart = Buffer.from(Y.encodeStateAsUpdate(reloaded)).equals(Buffer.from(before));
    return result;
  } finally {
    editors.forEach((e) => e.destroy());
    await app.close();
  }
}
