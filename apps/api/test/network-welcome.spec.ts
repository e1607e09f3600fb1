import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

/** The facilitators' welcome on Overzicht: written by facilitators, read by members, by nobody else. */
describe.each(testDatabases())('network welcome on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const welcome = 'Welkom in ons leernetwerk!\n\nWe beginnen met een rondje kennismaken.';

  async function scene({ visibility = 'public' as 'public' | 'members' } = {}) {
    const f = live.t.fixtures;
    const [fac, mira, otto, admin] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Otto'), f.person('Anna', { isPlatformAdmin: true })]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] }, { visibility, name: `Welkomstnetwerk ${fac.id.slice(0, 6)}` });
    expect((await change(fac, networkId, { welcome: `  ${welcome.replace(/\n/g, '\r\n')}  ` })).status).toBe(200);
    return { fac, mira, otto, admin, networkId, tag: fac.id.slice(0, 6) };
  }
  const change = (who: Account, networkId: string, body: unknown) => live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: who.cookie, body });
  const get = async (who: Account | null, networkId: string) => {
    const res = await live.t.request('GET', `/api/networks/${networkId}`, { cookie: who?.cookie });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('shows the welcome, trimmed and with its line breaks, to the network’s members', async () => {
    const { fac, mira, networkId } = await scene();
    expect((await get(fac, networkId)).welcome).toBe(welcome);
    expect((await get(mira, networkId)).welcome).toBe(welcome);
    const mine = await live.t.request('GET', '/api/networks?scope=mine&pageSize=100', { cookie: mira.cookie });
    expect(mine.body.items.find((n: { id: string }) => n.id === networkId).welcome).toBe(welcome);
  });

  it('keeps it from non-members and visitors of a public network: profile, lists and public routes', async () => {
    const { otto, admin, networkId, tag } = await scene();
    const answers = [
      await get(otto, networkId),
      await get(admin, networkId),
      (await live.t.request('GET', `/api/public/networks/${networkId}`)).body,
      (await live.t.request('GET', `/api/public/networks?q=${tag}`)).body.items.find((n: { id: string }) => n.id === networkId),
      (await live.t.request('GET', `/api/networks?scope=public&q=${tag}`, { cookie: otto.cookie })).body.items.find((n: { id: string }) => n.id === networkId),
    ];
    for (const answer of answers) {
      expect(answer).toMatchObject({ id: networkId, myRole: null });
      expect(answer).not.toHaveProperty('welcome');
      expect(JSON.stringify(answer)).not.toContain('kennismaken');
    }
  });

  it('sends a changed welcome live to members only', async () => {
    const { fac, mira, otto, networkId } = await scene();
    const [miraIn, ottoIn] = await Promise.all([live.open(mira), live.open(otto)]);
    expect((await change(fac, networkId, { welcome: 'Fijn dat je er bent.' })).status).toBe(200);
    expect((await miraIn.next('network.updated', (p) => p.network.id === networkId)).network.welcome).toBe('Fijn dat je er bent.');
    await ottoIn.settle();
    expect(ottoIn.all('network.updated')).toEqual([]);
  });

  it('lets only facilitators change it: a member gets 403, an outsider 403 (public) or 404 (members-only)', async () => {
    const { mira, otto, networkId } = await scene();
    expect((await change(mira, networkId, { welcome: 'Van mij' })).status).toBe(403);
    expect((await change(otto, networkId, { welcome: 'Van mij' })).status).toBe(403);
    const closed = await scene({ visibility: 'members' });
    expect((await change(closed.otto, closed.networkId, { welcome: 'Van mij' })).status).toBe(404);
    expect((await get(mira, networkId)).welcome).toBe(welcome);
  });

  it('refuses a welcome over 2,000 characters with a field error, and keeps the old one', async () => {
    const { fac, networkId } = await scene();
    const res = await change(fac, networkId, { welcome: 'w'.repeat(2001), region: 'Ergens' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['welcome']);
    expect(await get(fac, networkId)).toMatchObject({ welcome, region: '' });
    expect((await change(fac, networkId, { welcome: 'w'.repeat(2000) })).status).toBe(200);
  });

  it('refuses a change on an archived network (409), and the welcome stays', async () => {
    const { fac, networkId } = await scene();
    expect((await live.t.request('POST', `/api/networks/${networkId}/archive`, { cookie: fac.cookie })).status).toBe(200);
    const res = await change(fac, networkId, { welcome: 'Nieuw welkom' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('network_archived');
    expect((await get(fac, networkId)).welcome).toBe(welcome);
  });

  it('starts empty for a new network, and can be given at the start', async () => {
    const fac = await live.t.fixtures.person('Fenna');
    expect((await live.t.createNetwork(fac)).welcome).toBe('');
    expect((await live.t.createNetwork(fac, { welcome: 'Hallo allemaal' })).welcome).toBe('Hallo allemaal');
  });
});
