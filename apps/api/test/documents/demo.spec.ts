import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, SESSION_COOKIE } from '@broedplaats/contracts';
import { DemoSeeds } from '../../src/core/demo-seeds';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { testDatabases } from '../support/databases';
import { DocEditor } from '../support/doc-client';
import { useLiveApp } from '../support/live';

/** The demo's practice pages and minutes documents open in an editor with real content. */
describe('the demo’s documents', () => {
  const live = useLiveApp(testDatabases()[0][1]);

  it('gives each demo network practice pages with headings and lists, and turns the demo minutes into documents', async () => {
    expect(await live.t.app.get(DemoSeeds).loadIfEmpty()).toBe(true);
    const res = await live.t.request('POST', '/api/auth/login', { body: { email: 'professional@broedplaats.nl', password: DEMO_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const networks = (await live.t.request('GET', '/api/networks?scope=mine', { cookie })).body.items as Array<{ id: string; name: string }>;
    const almere = networks.find((n) => n.name.includes('Almere'))!;
    const pages = (await live.t.request('GET', `/api/networks/${almere.id}/practice-pages`, { cookie })).body as Array<{ id: string; title: string }>;
    expect(pages.map((p) => p.title)).toEqual(['Werkwijze huisbezoek vroegsignalering', 'Signalenkaart schulden', 'Verhaal: de buurtkamer']);
    const editor = new DocEditor(pages[0].id, cookie);
    try {
      await editor.open(live.base);
      const fragment = editor.doc.getXmlFragment(DOCUMENT_FRAGMENT);
      // Node names as Tiptap's schema has them (toString lowercases them, the stored names do not).
      expect(fragment.toArray().map((n) => (n as Y.XmlElement).nodeName)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'heading', 'orderedList', 'paragraph']);
      expect((fragment.get(3) as Y.XmlElement).get(0)).toMatchObject({ nodeName: 'listItem' });
      expect((fragment.get(0) as Y.XmlElement).getAttribute('level')).toBe(2);
      const content = fragment.toString();
      expect(content).toContain('<heading level="2">Waarom een huisbezoek?</heading>');
      expect(content).toContain('<bold>Na afloop:</bold>');
    } finally {
      editor.destroy();
    }
    const past = (await live.t.request('GET', `/api/networks/${almere.id}/meetings?when=past`, { cookie })).body.items as Array<{ id: string; title: string }>;
    const circle = past.find((m) => m.title === 'Leerkring: signalen van schulden')!;
    const minutes = await live.t.request('GET', `/api/networks/${almere.id}/meetings/${circle.id}/minutes-document`, { cookie });
    expect(minutes.body).toMatchObject({ kind: 'minutes', meetingId: circle.id });
  });
});
