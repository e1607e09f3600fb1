import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { LoadedDocuments } from '../../src/documents/loaded-documents';
import type { Account } from '../support/app';
import { testDatabases } from '../support/databases';
import { DocEditor } from '../support/doc-client';
import { useLiveApp } from '../support/live';
import { Inbox } from '../support/sockets';

const write = (editor: DocEditor, text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  const fragment = editor.doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
};
const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();

/**
 * Who may open a document and what reaches whom. Room rules do not depend on the database: one is
 * enough. A "nothing arrived" is judged after a barrier (a later message that must arrive after).
 */
describe('document access', () => {
  const live = useLiveApp(testDatabases()[0][1]);
  const editors: DocEditor[] = [];
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
  const editor = (documentId: string, who: Account) => {
    const e = new DocEditor(documentId, who.cookie);
    editors.push(e);
    return e;
  };
  const scene = async () => {
    const f = live.t.fixtures;
    const [fac, mira, kees, otto, els] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto', 'Els'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { visibility: 'public' });
    await f.network({ facilitators: [els] });
    const page = await live.t.request('POST', `/api/networks/${networkId}/practice-pages`, { cookie: fac.cookie, body: { title: 'Werkwijze' } });
    return { fac, mira, kees, otto, els, networkId, documentId: page.body.id as string };
  };

  it('refuses non-members and another network’s members, whom no sync message or awareness reaches', async () => {
    const { fac, otto, els, documentId } = await scene();
    const [ottoIn, elsIn] = await Promise.all([live.open(otto), live.open(els)]);
    for (const inbox of [ottoIn, elsIn]) {
      expect(await inbox.socket.emitWithAck('doc.open', { documentId })).toMatchObject({ error: { code: 'forbidden' } });
      // Not open, so nothing it sends is taken.
      expect(await inbox.socket.emitWithAck('doc.message', { documentId, message: new Uint8Array([0, 0, 1, 0]) })).toMatchObject({ error: { code: 'forbidden' } });
    }
    // A document that does not exist answers the same.
    expect(await ottoIn.socket.emitWithAck('doc.open', { documentId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ error: { code: 'forbidden' } });
    const a = editor(documentId, fac);
    await a.open(live.base);
    a.awareness.setLocalStateField('user', { name: 'Fenna', color: '#0a7' });
    write(a, 'Geheim van het netwerk');
    await a.flush();
    await Promise.all([ottoIn.settle(), elsIn.settle()]);
    expect([...ottoIn.all('doc.message'), ...elsIn.all('doc.message'), ...ottoIn.all('doc.closed')]).toEqual([]);
  });

  it('closes a removed member’s open document at once, refuses their later updates and sends them nothing more', async () => {
    const { fac, mira, networkId, documentId } = await scene();
    const a = editor(documentId, fac);
    const m = editor(documentId, mira);
    await a.open(live.base);
    await m.open(live.base);
    const miraIn = new Inbox(m.socket!);
    m.awareness.setLocalStateField('user', { name: 'Mira' });
    await m.flush();
    expect(await live.t.request('DELETE', `/api/networks/${networkId}/members/${mira.id}`, { cookie: fac.cookie })).toMatchObject({ status: 204 });
    expect(await miraIn.next('doc.closed')).toEqual({ documentId, reason: 'access_lost' });
    // Her cursor went for the others.
    for (let i = 0; i < 50 && a.awareness.getStates().has(m.doc.clientID); i++) await new Promise((r) => setTimeout(r, 20));
    expect(a.awareness.getStates().has(m.doc.clientID)).toBe(false);
    miraIn.forget();
    write(m, 'Na verwijdering');
    await m.flush();
    expect(m.refused.map((r) => 'error' in r && r.error.code)).toEqual(['forbidden']);
    expect(await m.socket!.emitWithAck('doc.open', { documentId })).toMatchObject({ error: { code: 'forbidden' } });
    write(a, 'Alleen voor leden');
    await a.flush();
    await miraIn.settle();
    expect(miraIn.all('doc.message')).toEqual([]);
    await a.sync();
    expect(textOf(a.doc)).not.toContain('Na verwijdering');
  });

  it('keeps an archived network’s document read-only: sync is answered, updates refused', async () => {
    const { fac, mira, networkId, documentId } = await scene();
    const a = editor(documentId, fac);
    await a.open(live.base);
    write(a, 'Voor het archiveren');
    await a.flush();
    const facIn = new Inbox(a.socket!);
    expect((await live.t.request('POST', `/api/networks/${networkId}/archive`, { cookie: fac.cookie })).status).toBe(200);
    // Judged again: the open copy is closed so the editor reopens it read-only.
    expect(await facIn.next('doc.closed')).toEqual({ documentId, reason: 'access_changed' });
    const m = editor(documentId, mira);
    expect(await m.open(live.base)).toMatchObject({ readOnly: true });
    expect(textOf(m.doc)).toContain('Voor het archiveren');
    // A reader's sync step 2 with nothing new is fine; a change is refused.
    expect(m.refused).toEqual([]);
    write(m, 'Stiekem');
    await m.flush();
    expect(m.refused.map((r) => 'error' in r && r.error.code)).toEqual(['forbidden']);
    const stored = live.t.app.get(LoadedDocuments).get(documentId)!;
    expect(textOf(stored.doc)).not.toContain('Stiekem');
  });

  it('makes published minutes read-only for members, while facilitators may still amend them', async () => {
    const { fac, mira, networkId } = await scene();
    const meeting = await live.t.request('POST', `/api/networks/${networkId}/meetings`, { cookie: fac.cookie, body: { title: 'Kring', type: 'other', start: '2026-12-01T19:00', end: '2026-12-01T21:00' } });
    const minutes = await live.t.request('GET', `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes-document`, { cookie: mira.cookie });
    const m = editor(minutes.body.id, mira);
    expect(await m.open(live.base)).toMatchObject({ kind: 'minutes', readOnly: false });
    const miraIn = new Inbox(m.socket!);
    await live.t.request('POST', `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes-document/publish`, { cookie: fac.cookie });
    expect(await miraIn.next('doc.closed')).toEqual({ documentId: minutes.body.id, reason: 'access_changed' });
    m.disconnect();
    expect(await m.open(live.base)).toMatchObject({ readOnly: true });
    expect(await editor(minutes.body.id, fac).open(live.base)).toMatchObject({ readOnly: false });
  });
});
