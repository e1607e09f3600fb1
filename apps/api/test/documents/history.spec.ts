import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, type DocumentVersion } from '@broedplaats/contracts';
import type { Account } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';
import { DocEditor } from '../support/doc-client';
import { useLiveApp } from '../support/live';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function paragraph(doc: Y.Doc, text: string, attributes?: Record<string, unknown>): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  fragment.insert(fragment.length, [p]);
  p.insert(0, [t]);
  t.insert(0, text, attributes);
  return t;
}
const plain = (doc: Y.Doc) =>
  doc
    .getXmlFragment(DOCUMENT_FRAGMENT)
    .toArray()
    .map((p) => (p as Y.XmlElement).toArray().map((t) => (t as Y.XmlText).toString()).join(''))
    .join('\n');

describe.each(testDatabases())('document history and exports on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const editors: DocEditor[] = [];
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
  const as = (who: Account, method: Method, url: string, body?: unknown) => live.t.request(method, url, { cookie: who.cookie, body });
  const editor = async (documentId: string, who: Account) => {
    const e = new DocEditor(documentId, who.cookie);
    editors.push(e);
    await e.open(live.base);
    return e;
  };
  async function scene() {
    const f = live.t.fixtures;
    const [fac, mira, kees, otto] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { visibility: 'public' });
    const page = await as(mira, 'POST', `/api/networks/${networkId}/practice-pages`, { title: 'Signalenkaart: geldzorgen <jongeren>' });
    const documentId = page.body.id as string;
    const url = (rest = '') => `/api/networks/${networkId}/documents/${documentId}${rest}`;
    return { fac, mira, kees, otto, networkId, documentId, url };
  }

  it('saves named versions with who changed the document, shows and compares them, and restores one as a new change that reaches an open editor', async () => {
    const { fac, mira, kees, otto, documentId, url } = await scene();
    const m = await editor(documentId, mira);
    paragraph(m.doc, 'We bellen elke ouder binnen een week.');
    await m.flush();
    const first = await as(mira, 'POST', url('/versions'), { name: 'Eerste opzet' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ name: 'Eerste opzet', automatic: false, createdBy: { id: mira.id }, changedBy: [{ id: mira.id, displayName: 'Mira' }] });

    const k = await editor(documentId, kees);
    const text = (k.doc.getXmlFragment(DOCUMENT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.delete(text.toString().indexOf(' binnen een week'), ' binnen een week'.length);
    paragraph(k.doc, 'Daarna volgt een huisbezoek.');
    await k.flush();
    await m.sync();
    const second = await as(kees, 'POST', url('/versions'), { name: 'Na de leerkring' });
    expect(second.body.changedBy).toEqual([{ id: kees.id, displayName: 'Kees' }]);

    const view = await as(otto, 'GET', url(`/versions/${first.body.id}`));
    expect(view.status).toBe(403);
    const shown = await as(kees, 'GET', url(`/versions/${first.body.id}`));
    expect(shown.body).toMatchObject({ version: { id: first.body.id }, html: '<p>We bellen elke ouder binnen een week.</p>', markdown: 'We bellen elke ouder binnen een week.' });

    const compared = await as(kees, 'GET', url(`/versions/${first.body.id}/comparison`));
    const changes = compared.body.changes as Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
    // Read without the additions it is the version; without the removals it is now.
    const reading = (skip: string) => changes.filter((c) => c.kind !== skip).map((c) => c.text).join('');
    expect(reading('added')).toBe('We bellen elke ouder binnen een week.');
    expect(reading('removed')).toBe('We bellen elke ouder.\nDaarna volgt een huisbezoek.');
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.text).join('')).toContain('binnen');
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text).join('')).toContain('huisbezoek');
    expect(changes[0]).toEqual({ kind: 'same', text: 'We bellen elke ouder' });

    // Mira's editor stays open while Fenna restores the first version.
    const restored = await as(fac, 'POST', url(`/versions/${first.body.id}/restore`));
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ automatic: true, name: 'Vóór terugzetten van “Eerste opzet”', createdBy: { id: fac.id } });
    for (let i = 0; i < 100 && plain(m.doc) !== 'We bellen elke ouder binnen een week.'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(plain(m.doc)).toBe('We bellen elke ouder binnen een week.');
    await k.sync();
    expect(plain(k.doc)).toBe('We bellen elke ouder binnen een week.');
    // A fresh editor reads the same from the store: the restore is a stored change like any other.
    const late = await editor(documentId, kees);
    expect(plain(late.doc)).toBe('We bellen elke ouder binnen een week.');

    const versions = (await as(mira, 'GET', url('/versions'))).body as DocumentVersion[];
    expect(versions.map((v) => v.name)).toEqual(['Vóór terugzetten van “Eerste opzet”', 'Na de leerkring', 'Eerste opzet']);
    // Every version still reads as it was saved.
    expect((await as(mira, 'GET', url(`/versions/${restored.body.id}`))).body.markdown).toBe('We bellen elke ouder.\n\nDaarna volgt een huisbezoek.');
    const back = (await as(mira, 'GET', url(`/versions/${restored.body.id}/comparison`))).body.changes as Array<{ kind: string; text: string }>;
    expect(back.filter((c) => c.kind !== 'removed').map((c) => c.text).join('')).toBe('We bellen elke ouder binnen een week.');
    // The restore is a change by Fenna: the next version says so.
    expect((await as(mira, 'POST', url('/versions'), { name: 'Terug' })).body.changedBy).toEqual([{ id: fac.id, displayName: 'Fenna' }]);
  });

  it('keeps history for who may edit: read-only members of published minutes, archived networks and outsiders are refused', async () => {
    const { fac, mira, otto, networkId, url } = await scene();
    expect((await as(mira, 'POST', url('/versions'), { name: '' })).body.error.fields).toEqual({ name: expect.any(String) });
    expect((await as(mira, 'POST', url('/versions'), { name: 'x'.repeat(121) })).status).toBe(400);
    expect((await as(mira, 'GET', url('/versions'))).body).toEqual([]);
    expect((await as(otto, 'POST', url('/versions'), { name: 'Van Otto' })).status).toBe(403);

    const meeting = await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Leerkring maart', type: 'learning-circle', start: '2026-03-12T19:00', end: '2026-03-12T21:00' });
    const minutes = await as(mira, 'GET', `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes-document`);
    const minutesUrl = (rest: string) => `/api/networks/${networkId}/documents/${minutes.body.id}${rest}`;
    expect((await as(fac, 'POST', `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes-document/publish`)).status).toBe(200);
    const [published] = (await as(mira, 'GET', minutesUrl('/versions'))).body as DocumentVersion[];
    expect(published).toMatchObject({ automatic: true, createdBy: { id: fac.id } });
    expect(published.name).toMatch(/^Gepubliceerd \d{1,2} \w+ \d{4}$/);
    // Read-only for members now: they still read and comment, but neither save nor restore.
    expect((await as(mira, 'POST', minutesUrl('/versions'), { name: 'Van Mira' })).status).toBe(403);
    expect((await as(mira, 'POST', minutesUrl(`/versions/${published.id}/restore`))).status).toBe(403);
    expect((await as(mira, 'POST', minutesUrl('/comments'), { anchor: { start: 'AA==', end: 'AA==' }, quote: '', text: 'Mooi verslag' })).status).toBe(201);
    expect((await as(fac, 'POST', minutesUrl('/versions'), { name: 'Aangevuld' })).status).toBe(201);

    expect((await as(fac, 'POST', `/api/networks/${networkId}/archive`)).status).toBe(200);
    for (const res of [await as(fac, 'POST', url('/versions'), { name: 'Archief' }), await as(fac, 'POST', minutesUrl(`/versions/${published.id}/restore`))]) {
      expect([res.status, res.body.error.code]).toEqual([409, 'network_archived']);
    }
    expect((await as(mira, 'GET', minutesUrl('/versions'))).body).toHaveLength(2);
  });

  it('exports Markdown and a printable page of the current state, safely', async () => {
    const { mira, otto, documentId, url } = await scene();
    const m = await editor(documentId, mira);
    paragraph(m.doc, 'Zie <script>alert(1)</script> & de ', undefined);
    const p = m.doc.getXmlFragment(DOCUMENT_FRAGMENT).get(0) as Y.XmlElement;
    const t = p.get(0) as Y.XmlText;
    t.insert(t.length, 'kaart', { link: { href: 'javascript:alert(1)' } });
    t.insert(t.length, ' of de ');
    t.insert(t.length, 'site', { link: { href: 'https://example.nl/kaart' } });
    await m.flush();

    const md = await as(mira, 'GET', url('/export.md'));
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe('attachment; filename="signalenkaart-geldzorgen-jongeren.md"');
    expect(md.body).toContain('# Signalenkaart: geldzorgen <jongeren>\n\n');
    expect(md.body).toContain('[site](https://example.nl/kaart)');
    expect(md.body).not.toContain('javascript:');

    const page = await as(mira, 'GET', url('/print'));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>Signalenkaart: geldzorgen &lt;jongeren&gt;</title>');
    expect(page.body).toContain('Zie &lt;script&gt;alert(1)&lt;/script&gt; &amp; de');
    expect(page.body).toContain('href="https://example.nl/kaart"');
    expect(page.body).not.toContain('javascript:');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toMatch(/<style>[\s\S]*@media print/);

    expect((await as(otto, 'GET', url('/export.md'))).status).toBe(403);
    expect((await as(otto, 'GET', url('/print'))).status).toBe(403);
  });
});
