import { testDatabases, type TestDatabase } from './support/databases';
import { TestApp } from './support/app';

/** The front door: visitors without an account browse public networks and nothing else. */
describe.each(testDatabases())('public networks for visitors on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  async function scene() {
    const f = t.fixtures;
    const [fac, mem] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const open = await f.network({ facilitators: [fac], members: [mem] }, { visibility: 'public', name: `Open Leernetwerk ${fac.id.slice(0, 6)}` });
    const closed = await f.network({ facilitators: [fac] }, { visibility: 'members', name: `Besloten Leernetwerk ${fac.id.slice(0, 6)}` });
    return { fac, open, closed, tag: fac.id.slice(0, 6) };
  }

  it('lists public networks to a visitor without a cookie, never members-only ones, with no role in them', async () => {
    const { open, closed, tag } = await scene();
    const res = await t.request('GET', `/api/public/networks?q=${tag}&pageSize=100`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((n: { id: string }) => n.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(closed);
    expect(res.body.items.every((n: { myRole: unknown }) => n.myRole === null)).toBe(true);
  });

  it('shows a public profile to a visitor and hides a members-only network as if it did not exist', async () => {
    const { open, closed } = await scene();
    const profile = await t.request('GET', `/api/public/networks/${open}`);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ id: open, visibility: 'public', myRole: null });
    expect((await t.request('GET', `/api/public/networks/${closed}`)).status).toBe(404);
  });

  it('answers as to a visitor even when a member’s cookie comes along', async () => {
    const { fac, closed, open } = await scene();
    expect((await t.request('GET', `/api/public/networks/${closed}`, { cookie: fac.cookie })).status).toBe(404);
    expect((await t.request('GET', `/api/public/networks/${open}`, { cookie: fac.cookie })).body.myRole).toBeNull();
  });

  it('refuses bad input with fields', async () => {
    const bad = await t.request('GET', '/api/public/networks/niet-een-id');
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', fields: { networkId: expect.any(String) } } } });
    const page = await t.request('GET', '/api/public/networks?page=0');
    expect(page).toMatchObject({ status: 400, body: { error: { fields: { page: expect.any(String) } } } });
  });
});
