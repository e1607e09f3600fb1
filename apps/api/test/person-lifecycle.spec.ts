import { PersonLifecycle, type LeftNetwork } from '../src/core/person-lifecycle';
import { TestApp } from './support/app';
import { testDatabases } from './support/databases';

/** The hook capabilities use to hand back what a leaving person had open. */
describe('when a person leaves a network', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1]);
  });
  afterAll(() => t.close());

  it('runs every registered handler inside the leaving, for a removal and for leaving on one’s own', async () => {
    const f = t.fixtures;
    const [fac, mem, other] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Olaf')]);
    const networkId = await f.network({ facilitators: [fac], members: [mem, other] });
    const seen: Array<Omit<LeftNetwork, 'tx' | 'afterCommit'>> = [];
    const stop = t.app.get(PersonLifecycle).whenLeftNetwork(async ({ networkId: n, userId, byUserId }) => void seen.push({ networkId: n, userId, byUserId }));
    try {
      expect((await t.request('DELETE', `/api/networks/${networkId}/members/${mem.id}`, { cookie: fac.cookie })).status).toBe(204);
      expect((await t.request('DELETE', `/api/networks/${networkId}/members/${other.id}`, { cookie: other.cookie })).status).toBe(204);
    } finally {
      stop();
    }
    expect(seen).toEqual([
      { networkId, userId: mem.id, byUserId: fac.id },
      { networkId, userId: other.id, byUserId: other.id },
    ]);
  });

  it('keeps the membership when a handler fails (one transaction)', async () => {
    const f = t.fixtures;
    const [fac, mem] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const networkId = await f.network({ facilitators: [fac], members: [mem] });
    const stop = t.app.get(PersonLifecycle).whenLeftNetwork(async () => {
      throw new Error('could not hand back an assignment');
    });
    try {
      expect((await t.request('DELETE', `/api/networks/${networkId}/members/${mem.id}`, { cookie: fac.cookie })).status).toBe(500);
    } finally {
      stop();
    }
    const members = await t.request('GET', `/api/networks/${networkId}/members`, { cookie: fac.cookie });
    expect(members.body.map((m: { userId: string }) => m.userId)).toContain(mem.id);
  });
});
