import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, type CommentThread } from '@broedplaats/contracts';
import { FakeClock, TestApp, type Account } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';
import { DocEditor } from '../support/doc-client';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A paragraph with text at the end of the document; its XmlText, to anchor in. */
function paragraph(doc: Y.Doc, text: string): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
  p.insert(0, [t]);
  t.insert(0, text);
  return t;
}
const anchorOf = (text: Y.XmlText, from: number, to: number) => ({
  start: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, from))),
  end: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, to, -1))),
});
/** What an anchor covers in a replica now: the text between its two positions. */
function passage(doc: Y.Doc, anchor: { start: string; end: string }): string | null {
  const start = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(anchor.start)), doc);
  const end = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(anchor.end)), doc);
  if (!start || !end || start.type !== end.type) return null;
  return (start.type as Y.XmlText).toString().slice(start.index, end.index);
}

describe.each(testDatabases())('comments on a document on %s', (_kind, db: TestDatabase) => {
  const clock = new FakeClock();
  let t: TestApp;
  let base = '';
  const editors: DocEditor[] = [];
  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
    base = await t.listen();
  });
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
  afterAll(() => t.close());

  const as = (who: Account, method: Method, url: string, body?: unknown) => t.request(method, url, { cookie: who.cookie, body });
  const docUrl = (networkId: string, documentId: string, rest = '') => `/api/networks/${networkId}/documents/${documentId}${rest}`;
  const editor = async (documentId: string, who: Account) => {
    const e = new DocEditor(documentId, who.cookie);
    editors.push(e);
    expect(await e.open(base)).toMatchObject({ documentId, readOnly: false });
    return e;
  };
  async function scene() {
    const f = t.fixtures;
    const [fac, mira, kees, otto, els] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto', 'Els'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] });
    const elsewhere = await f.network({ facilitators: [els] });
    const page = await as(mira, 'POST', `/api/networks/${networkId}/practice-pages`, { title: 'Werkwijze' });
    expect(page.status).toBe(201);
    return { fac, mira, kees, otto, els, networkId, elsewhere, documentId: page.body.id as string };
  }
  const body = (text = 'Klopt dit?') => ({ anchor: { start: 'AA==', end: 'AA==' }, quote: 'een passage', text });

  it('keeps a comment on its passage while another editor changes the text around it through the server', async () => {
    const { mira, kees, networkId, documentId } = await scene();
    const m = await editor(documentId, mira);
    const text = paragraph(m.doc, 'We bellen elke ouder binnen een week na de melding.');
    await m.flush();
    const from = text.toString().indexOf('binnen een week');
    const opened = await as(mira, 'POST', docUrl(networkId, documentId, '/comments'), { anchor: anchorOf(text, from, from + 'binnen een week'.length), quote: 'binnen een week', text: 'Is dat haalbaar?' });
    expect(opened.status).toBe(201);

    // Kees, on another socket, writes before the passage and in front of it in the same sentence.
    const k = await editor(documentId, kees);
    const fragment = k.doc.getXmlFragment(DOCUMENT_FRAGMENT);
    const first = new Y.XmlElement('paragraph');
    fragment.insert(0, [first]);
    first.insert(0, [new Y.XmlText('Afspraak uit de leerkring:')]);
    const sentence = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    sentence.insert(0, 'Voortaan ');
    sentence.delete(sentence.toString().indexOf('ouder'), 'ouder'.length);
    sentence.insert(sentence.toString().indexOf(' binnen'), 'gezin');
    await k.flush();
    await m.sync();

    const [thread] = (await as(kees, 'GET', docUrl(networkId, documentId, '/comments'))).body as CommentThread[];
    expect(thread).toMatchObject({ quote: 'binnen een week', resolved: null, comments: [{ text: 'Is dat haalbaar?', author: { id: mira.id }, parentId: null, deleted: false }] });
    // Both replicas find the passage where it moved to.
    for (const replica of [m.doc, k.doc]) expect(passage(replica, thread.anchor)).toBe('binnen een week');
    expect(sentence.toString()).toBe('Voortaan We bellen elke gezin binnen een week na de melding.');
  });

  it('lets members and facilitators comment, reply, resolve and reopen; outsiders, removed members and other networks get nothing', async () => {
    const { fac, mira, kees, otto, els, networkId, elsewhere, documentId } = await scene();
    const publicNetwork = await t.fixtures.network({ facilitators: [fac] }, { visibility: 'public' });
    const publicPage = await as(fac, 'POST', `/api/networks/${publicNetwork}/practice-pages`, { title: 'Openbaar netwerk, besloten pagina' });
    // A public network shows itself, not its documents: 403.
    expect((await as(otto, 'GET', docUrl(publicNetwork, publicPage.body.id, '/comments'))).status).toBe(403);
    expect((await as(otto, 'GET', docUrl(publicNetwork, publicPage.body.id, '/versions'))).status).toBe(403);
    const opened = await as(mira, 'POST', docUrl(networkId, documentId, '/comments'), { ...body(), mentionedUserIds: [kees.id] });
    expect(opened.status).toBe(201);
    const threadId = opened.body.id as string;
    const reply = await as(fac, 'POST', docUrl(networkId, documentId, `/comments/${threadId}/replies`), { text: 'Ja, zeker' });
    expect(reply.status).toBe(201);
    expect(reply.body.comments.map((c: { text: string; parentId: string | null }) => [c.text, c.parentId])).toEqual([['Klopt dit?', null], ['Ja, zeker', opened.body.comments[0].id]]);
    const resolved = await as(kees, 'PUT', docUrl(networkId, documentId, `/comments/${threadId}/resolved`), { resolved: true });
    expect(resolved.body.resolved).toMatchObject({ by: { id: kees.id } });
    expect((await as(mira, 'PUT', docUrl(networkId, documentId, `/comments/${threadId}/resolved`), { resolved: false })).body.resolved).toBeNull();

    // Kees was mentioned: a notification that names the page.
    const notes = (await as(kees, 'GET', '/api/me/notifications')).body.items as Array<{ kind: string; subjectId: string; data: unknown }>;
    expect(notes.find((n) => n.kind === 'document.mentioned')).toMatchObject({ subjectId: documentId, data: { title: 'Werkwijze', documentKind: 'practice_page', meetingId: null } });

    // A members-only network does not show itself to outsiders at all (404, as the network's own routes answer).
    for (const who of [otto, els]) {
      expect((await as(who, 'GET', docUrl(networkId, documentId, '/comments'))).status).toBe(404);
      expect((await as(who, 'POST', docUrl(networkId, documentId, '/comments'), body())).status).toBe(404);
      expect((await as(who, 'POST', docUrl(networkId, documentId, `/comments/${threadId}/replies`), { text: 'Ik ook' })).status).toBe(404);
    }
    // Through their own network, the document is not there.
    expect((await as(els, 'GET', docUrl(elsewhere, documentId, '/comments'))).status).toBe(404);
    expect((await as(els, 'POST', docUrl(elsewhere, documentId, '/comments'), body())).status).toBe(404);
    expect((await as(fac, 'DELETE', `/api/networks/${networkId}/members/${kees.id}`)).status).toBe(204);
    expect((await as(kees, 'GET', docUrl(networkId, documentId, '/comments'))).status).toBe(404);
    expect((await as(kees, 'PUT', docUrl(networkId, documentId, `/comments/${threadId}/resolved`), { resolved: true })).status).toBe(404);

    // Archived: still readable, every change 409.
    expect((await as(fac, 'POST', `/api/networks/${networkId}/archive`)).status).toBe(200);
    expect((await as(mira, 'GET', docUrl(networkId, documentId, '/comments'))).status).toBe(200);
    for (const [method, url, b] of [
      ['POST', docUrl(networkId, documentId, '/comments'), body()],
      ['POST', docUrl(networkId, documentId, `/comments/${threadId}/replies`), { text: 'Nog iets' }],
      ['PUT', docUrl(networkId, documentId, `/comments/${threadId}/resolved`), { resolved: true }],
      ['DELETE', docUrl(networkId, documentId, `/comments/${threadId}/comments/${opened.body.comments[0].id}`), undefined],
    ] as const) {
      const res = await as(mira, method, url, b);
      expect([res.status, res.body.error.code]).toEqual([409, 'network_archived']);
    }
    const threads = (await as(mira, 'GET', docUrl(networkId, documentId, '/comments'))).body as CommentThread[];
    expect(threads).toHaveLength(1);
    expect(threads[0].comments).toHaveLength(2);
  });

  it('refuses bad bodies with their fields and changes nothing', async () => {
    const { mira, otto, networkId, documentId } = await scene();
    const cases: Array<[unknown, string]> = [
      [{ ...body(), text: '   ' }, 'text'],
      [{ ...body(), text: 'x'.repeat(4001) }, 'text'],
      [{ ...body(), anchor: { start: 'niet base64!', end: 'AA==' } }, 'anchor.start'],
      [{ ...body(), anchor: { start: 'AA==' } }, 'anchor.end'],
      [{ ...body(), quote: 'x'.repeat(1001) }, 'quote'],
      [{ ...body(), mentionedUserIds: [otto.id] }, 'mentionedUserIds.0'],
      [{ ...body(), mentionedUserIds: ['geen-id'] }, 'mentionedUserIds.0'],
    ];
    for (const [b, field] of cases) {
      const res = await as(mira, 'POST', docUrl(networkId, documentId, '/comments'), b);
      expect([res.status, Object.keys(res.body.error.fields ?? {})]).toEqual([400, [field]]);
    }
    const opened = await as(mira, 'POST', docUrl(networkId, documentId, '/comments'), body());
    const threadId = opened.body.id;
    const reply = await as(mira, 'POST', docUrl(networkId, documentId, `/comments/${threadId}/replies`), { text: '' });
    expect([reply.status, Object.keys(reply.body.error.fields)]).toEqual([400, ['text']]);
    const resolve = await as(mira, 'PUT', docUrl(networkId, documentId, `/comments/${threadId}/resolved`), { resolved: 'ja' });
    expect([resolve.status, Object.keys(resolve.body.error.fields)]).toEqual([400, ['resolved']]);
    const threads = (await as(mira, 'GET', docUrl(networkId, documentId, '/comments'))).body as CommentThread[];
    expect(threads.map((th) => [th.resolved, th.comments.map((c) => c.text)])).toEqual([[null, ['Klopt dit?']]]);
  });

  it('lets authors edit within 15 minutes, and authors or facilitators remove, leaving a marker', async () => {
    const { fac, mira, kees, networkId, documentId } = await scene();
    const opened = await as(mira, 'POST', docUrl(networkId, documentId, '/comments'), body('Eerste'));
    const threadId = opened.body.id as string;
    const commentId = opened.body.comments[0].id as string;
    const url = docUrl(networkId, documentId, `/comments/${threadId}/comments/${commentId}`);
    expect((await as(kees, 'PATCH', url, { text: 'Van Kees' })).status).toBe(403);
    const edited = await as(mira, 'PATCH', url, { text: 'Verbeterd', mentionedUserIds: [kees.id] });
    expect(edited.status).toBe(200);
    expect(edited.body.comments[0]).toMatchObject({ text: 'Verbeterd', mentions: [{ id: kees.id, displayName: 'Kees' }] });
    expect(edited.body.comments[0].editedAt).not.toBeNull();
    clock.advance(15 * 60 * 1000 + 1);
    const late = await as(mira, 'PATCH', url, { text: 'Te laat' });
    expect([late.status, late.body.error.code]).toEqual([409, 'edit_window_closed']);

    const reply = await as(kees, 'POST', docUrl(networkId, documentId, `/comments/${threadId}/replies`), { text: 'Van Kees' });
    const replyUrl = docUrl(networkId, documentId, `/comments/${threadId}/comments/${reply.body.comments[1].id}`);
    expect((await as(mira, 'DELETE', replyUrl)).status).toBe(403);
    const removed = await as(fac, 'DELETE', replyUrl);
    expect(removed.status).toBe(200);
    expect(removed.body.comments[1]).toMatchObject({ text: '', deleted: true, author: { id: kees.id }, mentions: [] });
    expect((await as(mira, 'DELETE', url)).body.comments.map((c: { deleted: boolean }) => c.deleted)).toEqual([true, true]);
    expect((await as(kees, 'PATCH', replyUrl, { text: 'Terug' })).status).toBe(403);
  });
});
