import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

describe.each(testDatabases())('restore an archived network on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);

  const restore = (who: Account | undefined, networkId: string) =>
    live.t.request('POST', `/api/networks/${networkId}/restore`, { cookie: who?.cookie });
  const archived = async (who: Account, networkId: string) => (await live.t.request('GET', `/api/networks/${networkId}`, { cookie: who.cookie })).body.archived;

  /** A members-only network with a facilitator, a member and an outsider; archived unless asked not to. */
  async function scene({ archive = true } = {}) {
    const [fac, mem, out] = await Promise.all([live.t.signUp('Fenna'), live.t.signUp('Mira'), live.t.signUp('Otto')]);
    const network = await live.t.createNetwork(fac, { visibility: 'members' });
    await live.t.join(mem, await live.t.invite(fac, network.id));
    if (archive) expect((await live.t.request('POST', `/api/networks/${network.id}/archive`, { cookie: fac.cookie })).status).toBe(200);
    return { fac, mem, out, networkId: network.id as string };
  }

  it('brings the network back: editing and invitations work again', async () => {
    const { fac, networkId } = await scene();
    const res = await restore(fac, networkId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: networkId, archived: false, myRole: 'facilitator' });
    const edit = await live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Weer actief' } });
    expect(edit.status).toBe(200);
    const invite = await live.t.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'citizen' } });
    expect(invite.status).toBe(201);
    const mine = await live.t.request('GET', '/api/networks?scope=mine&pageSize=100', { cookie: fac.cookie });
    expect(mine.body.items.map((n: { id: string }) => n.id)).toContain(networkId);
  });

  it('tells open pages live: members hear network.updated with archived false, outsiders hear nothing', async () => {
    const { fac, mem, out, networkId } = await scene();
    const [memIn, outIn] = await Promise.all([live.open(mem), live.open(out)]);
    expect((await restore(fac, networkId)).status).toBe(200);
    const event = await memIn.next('network.updated', (p) => p.network.id === networkId);
    expect(event.network.archived).toBe(false);
    expect(event.network).not.toHaveProperty('myRole');
    await outIn.settle();
    expect(outIn.all('network.updated')).toHaveLength(0);
  });

  it('refuses a member (403) and hides the network from an outsider (404); it stays archived', async () => {
    const { mem, out, networkId } = await scene();
    const byMember = await restore(mem, networkId);
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('forbidden');
    const byOutsider = await restore(out, networkId);
    expect(byOutsider.status).toBe(404);
    expect(byOutsider.body.error.code).toBe('not_found');
    expect(await archived(mem, networkId)).toBe(true);
  });

  it('answers 409 not_archived for a network that is not archived', async () => {
    const { fac, networkId } = await scene({ archive: false });
    const res = await restore(fac, networkId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_archived');
    expect(await archived(fac, networkId)).toBe(false);
  });

  it('refuses anonymous callers (401), a malformed id (400), the missing CSRF header (403) and an unknown id (404)', async () => {
    const { fac, networkId } = await scene();
    expect((await restore(undefined, networkId)).status).toBe(401);
    const malformed = await restore(fac, 'geen-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty('networkId');
    const noCsrf = await live.t.request('POST', `/api/networks/${networkId}/restore`, { cookie: fac.cookie, csrf: false });
    expect(noCsrf.body.error.code).toBe('csrf_failed');
    expect((await restore(fac, '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f')).status).toBe(404);
    expect(await archived(fac, networkId)).toBe(true);
  });
});
