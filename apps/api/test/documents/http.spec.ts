import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '@broedplaats/contracts';
import { TestApp, type Account } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

describe.each(testDatabases())('documents over HTTP on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  const as = (who: Account | null, method: Method, url: string, body?: unknown) => t.request(method, url, { ...(who ? { cookie: who.cookie } : {}), body });
  const pages = (networkId: string, rest = '') => `/api/networks/${networkId}/practice-pages${rest}`;
  const scene = async (profile: { visibility?: 'public' | 'members' } = {}) => {
    const f = t.fixtures;
    const [fac, mira, kees, otto] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Kees'), f.person('Otto')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, profile);
    return { fac, mira, kees, otto, networkId };
  };
  const create = async (who: Account, networkId: string, title: string) => {
    const res = await as(who, 'POST', pages(networkId), { title });
    expect(res.status).toBe(201);
    return res.body as { id: string; position: number };
  };
  const titles = async (who: Account, networkId: string) => ((await as(who, 'GET', pages(networkId))).body as Array<{ title: string }>).map((p) => p.title);

  it('lets any member start, rename and list practice pages in order, and shows a new page in the activity list', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const first = await create(mira, networkId, '  Signalenkaart schulden ');
    await create(kees, networkId, 'Verhaal: de buurtkamer');
    expect(first).toMatchObject({ kind: 'practice_page', title: 'Signalenkaart schulden', position: 0, meetingId: null, published: null, createdBy: { userId: mira.id, displayName: 'Mira' } });
    expect(await titles(fac, networkId)).toEqual(['Signalenkaart schulden', 'Verhaal: de buurtkamer']);
    const renamed = await as(kees, 'PATCH', pages(networkId, `/${first.id}`), { title: 'Signalenkaart geldzorgen' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Signalenkaart geldzorgen');
    expect((await as(kees, 'GET', `/api/networks/${networkId}/documents/${first.id}`)).body).toMatchObject({ id: first.id, title: 'Signalenkaart geldzorgen' });
    const activity = await as(fac, 'GET', `/api/networks/${networkId}/activity`);
    expect(activity.body.items.filter((i: { kind: string }) => i.kind === 'practicePage.created').map((i: { data: { title: string } }) => i.data.title).sort()).toEqual(['Signalenkaart schulden', 'Verhaal: de buurtkamer']);
  });

  it('refuses a bad title with fields and changes nothing', async () => {
    const { mira, networkId } = await scene();
    const page = await create(mira, networkId, 'Werkwijze');
    for (const body of [{ title: '' }, { title: '   ' }, { title: 'x'.repeat(201) }, { title: 42 }, {}]) {
      for (const [method, url] of [['POST', pages(networkId)], ['PATCH', pages(networkId, `/${page.id}`)]] as const) {
        const res = await as(mira, method, url, body);
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.error.fields)).toEqual(['title']);
      }
    }
    expect(await titles(mira, networkId)).toEqual(['Werkwijze']);
  });

  it('lets facilitators reorder, refusing an out-of-date list with 409 stale_order', async () => {
    const { fac, mira, networkId } = await scene();
    const [a, b, c] = [await create(mira, networkId, 'A'), await create(mira, networkId, 'B'), await create(mira, networkId, 'C')];
    expect((await as(mira, 'PUT', pages(networkId, '/order'), { documentIds: [c.id, a.id, b.id] })).status).toBe(403);
    const done = await as(fac, 'PUT', pages(networkId, '/order'), { documentIds: [c.id, a.id, b.id] });
    expect(done.status).toBe(200);
    expect(done.body.map((p: { title: string; position: number }) => [p.title, p.position])).toEqual([['C', 0], ['A', 1], ['B', 2]]);
    await create(mira, networkId, 'D');
    const stale = await as(fac, 'PUT', pages(networkId, '/order'), { documentIds: [a.id, b.id, c.id] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_order');
    const twice = await as(fac, 'PUT', pages(networkId, '/order'), { documentIds: [a.id, a.id, b.id, c.id] });
    expect(twice.status).toBe(409);
    expect(await titles(fac, networkId)).toEqual(['C', 'A', 'B', 'D']);
  });

  it('lets the page’s creator or a facilitator delete it, nobody else', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const page = await create(mira, networkId, 'Van Mira');
    const other = await create(mira, networkId, 'Ook van Mira');
    expect((await as(kees, 'DELETE', pages(networkId, `/${page.id}`))).status).toBe(403);
    expect((await as(mira, 'DELETE', pages(networkId, `/${page.id}`))).status).toBe(204);
    expect((await as(fac, 'DELETE', pages(networkId, `/${other.id}`))).status).toBe(204);
    expect(await titles(fac, networkId)).toEqual([]);
    expect((await as(fac, 'GET', `/api/networks/${networkId}/documents/${page.id}`)).status).toBe(404);
  });

  it('answers outsiders, removed members, other networks and an archived network as the rules say', async () => {
    const { fac, mira, otto, networkId } = await scene({ visibility: 'public' });
    const hidden = await scene();
    const page = await create(mira, networkId, 'Werkwijze');
    const other = await create(hidden.mira, hidden.networkId, 'Elders');
    expect((await as(null, 'GET', pages(networkId))).status).toBe(401);
    expect((await as(null, 'POST', pages(networkId), { title: 'x' })).status).toBe(401);
    // A public network's outsider is refused; a members-only one's does not learn it exists.
    expect((await as(otto, 'GET', pages(networkId))).status).toBe(403);
    expect((await as(otto, 'POST', pages(networkId), { title: 'x' })).status).toBe(403);
    expect((await as(otto, 'GET', pages(hidden.networkId))).status).toBe(404);
    // Another network's document through this network's path is not found.
    expect((await as(mira, 'GET', `/api/networks/${networkId}/documents/${other.id}`)).status).toBe(404);
    expect((await as(mira, 'PATCH', pages(networkId, `/${other.id}`), { title: 'Gekaapt' })).status).toBe(404);
    expect((await as(fac, 'DELETE', `/api/networks/${networkId}/members/${mira.id}`)).status).toBe(204);
    expect((await as(mira, 'GET', `/api/networks/${networkId}/documents/${page.id}`)).status).toBe(403);
    expect((await as(mira, 'DELETE', pages(networkId, `/${page.id}`))).status).toBe(403);

    const archivedId = await t.fixtures.network({ facilitators: [fac], members: [mira] }, { archived: true });
    expect((await as(mira, 'GET', pages(archivedId))).status).toBe(200);
    for (const [method, url, body] of [
      ['POST', pages(archivedId), { title: 'Nieuw' }],
      ['PUT', pages(archivedId, '/order'), { documentIds: [page.id] }],
      ['PATCH', pages(archivedId, `/${page.id}`), { title: 'Anders' }],
      ['DELETE', pages(archivedId, `/${page.id}`), undefined],
    ] as const) {
      const res = await as(fac, method, url, body);
      expect([res.status, res.body.error.code]).toEqual([409, 'network_archived']);
    }
    expect(await titles(fac, networkId)).toEqual(['Werkwijze']);
  });

  it('turns a meeting’s plain-text minutes into its document once, and publishes it for members to see first', async () => {
    const { fac, mira, otto, networkId } = await scene();
    const meeting = await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Leerkring', type: 'learning-circle', start: '2026-10-06T19:00', end: '2026-10-06T21:00' });
    await as(fac, 'PUT', `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes`, { minutes: 'Welkom door Fenna.\n\nWe proberen de signalenkaart.\r\nVolgende keer: evaluatie.' });
    const url = `/api/networks/${networkId}/meetings/${meeting.body.id}/minutes-document`;
    const [first, again] = await Promise.all([as(mira, 'GET', url), as(fac, 'GET', url)]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'minutes', meetingId: meeting.body.id, title: 'Leerkring', position: null, published: null });
    expect(again.body.id).toBe(first.body.id);
    expect((await as(otto, 'GET', url)).status).toBe(404);
    expect((await as(fac, 'GET', `/api/networks/${networkId}/meetings/${mira.id}/minutes-document`)).status).toBe(404);

    expect((await as(fac, 'GET', `/api/networks/${networkId}/documents/${first.body.id}/published`)).status).toBe(404);
    expect((await as(mira, 'POST', `${url}/publish`)).status).toBe(403);
    const published = await as(fac, 'POST', `${url}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.published).toMatchObject({ by: { userId: fac.id, displayName: 'Fenna' } });
    const state = await as(mira, 'GET', `/api/networks/${networkId}/documents/${first.body.id}/published`);
    expect(state.status).toBe(200);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(state.body.state));
    expect(doc.getXmlFragment(DOCUMENT_FRAGMENT).toString()).toBe(
      '<paragraph>Welkom door Fenna.</paragraph><paragraph>We proberen de signalenkaart.</paragraph><paragraph>Volgende keer: evaluatie.</paragraph>',
    );
    const archivedId = await t.fixtures.network({ facilitators: [fac] }, { archived: true });
    expect((await as(fac, 'POST', `/api/networks/${archivedId}/meetings/${meeting.body.id}/minutes-document/publish`)).body.error.code).toBe('network_archived');
  });
});
