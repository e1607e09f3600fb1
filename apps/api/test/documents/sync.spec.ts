import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { LoadedDocuments } from '../../src/documents/loaded-documents';
import { DocumentStore } from '../../src/documents/document-store';
import { testDatabases, type TestDatabase } from '../support/databases';
import { DocEditor } from '../support/doc-client';
import { useLiveApp } from '../support/live';
import type { Account } from '../support/app';

const paragraph = (doc: Y.Doc, text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
};
const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();

/** The stored state, read the way a fresh instance loads it. */
async function storedDoc(store: DocumentStore, documentId: string): Promise<Y.Doc> {
  const stored = await store.since(documentId, -1);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const row of stored?.rows ?? []) Y.applyUpdate(doc, row.update);
  return doc;
}

describe.each(testDatabases())('document sync on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const editors: DocEditor[] = [];
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
  const editor = (documentId: string, who: Account) => {
    const e = new DocEditor(documentId, who.cookie);
    editors.push(e);
    return e;
  };

  async function scene() {
    const f = live.t.fixtures;
    const [fac, mira] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] });
    const page = await live.t.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: fac.cookie, body: { title: 'Werkwijze' } });
    expect(page.status).toBe(201);
    return { fac, mira, networkId, documentId: page.body.id as string };
  }

  it('syncs two editors, stores every acknowledged update and compacts it into the snapshot', async () => {
    const { fac, mira, documentId } = await scene();
    const a = editor(documentId, fac);
    const b = editor(documentId, mira);
    expect(await a.open(live.base)).toMatchObject({ documentId, kind: 'practice_page', readOnly: false });
    await b.open(live.base);
    paragraph(a.doc, 'Eerst luisteren');
    paragraph(b.doc, 'Dan vragen');
    await Promise.all([a.flush(), b.flush()]);
    await Promise.all([a.sync(), b.sync()]);
    expect(textOf(a.doc)).toBe(textOf(b.doc));
    expect(textOf(a.doc)).toContain('Eerst luisteren');
    expect(a.acked).toHaveLength(1);

    const store = live.t.app.get(DocumentStore);
    expect(textOf(await storedDoc(store, documentId))).toBe(textOf(a.doc));
    const loaded = live.t.app.get(LoadedDocuments);
    a.disconnect();
    b.disconnect();
    // Wait for both sockets to be gone on the server, then unload (which compacts).
    for (let i = 0; i < 50 && loaded.get(documentId)?.holders.size; i++) await new Promise((r) => setTimeout(r, 20));
    await loaded.unload(documentId);
    const after = await store.since(documentId, -1);
    expect(after?.rows).toEqual([]);
    expect(textOf(await storedDoc(store, documentId))).toContain('Dan vragen');
  });
});
