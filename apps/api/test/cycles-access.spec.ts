import { randomUUID } from 'node:crypto';
import type { CycleDetail, CycleVisibility } from '@broedplaats/contracts';
import { TestApp, type Account, type Reply } from './support/app';
import { cycleClient, logBody } from './support/cycles';
import { testDatabases, type TestDatabase } from './support/databases';

/**
 * Who may do what with a cycle: every endpoint × every role × every visibility, against the issue's
 * rules written out by hand below (not computed from the domain's code). Non-members never learn a
 * members-only network exists (404); a platform admin, on a facilitator-on-duty shift or not, is no member.
 */
type Role = 'owner' | 'co-owner' | 'coach' | 'facilitator' | 'member' | 'outsider' | 'elsewhere' | 'removed' | 'admin' | 'admin on duty';
type Kind = 'read' | 'comment' | 'edit';
const roles: Role[] = ['owner', 'co-owner', 'coach', 'facilitator', 'member', 'outsider', 'elsewhere', 'removed', 'admin', 'admin on duty'];
const visibilities: CycleVisibility[] = ['private', 'facilitators', 'network'];

/** The answer each role gets, per visibility: [private, facilitators, network]. */
const expected: Record<Kind, Record<Role, [number, number, number]>> = {
  read: {
    owner: [200, 200, 200], 'co-owner': [200, 200, 200], coach: [200, 200, 200], facilitator: [404, 200, 200], member: [404, 404, 200],
    outsider: [404, 404, 404], elsewhere: [404, 404, 404], removed: [404, 404, 404], admin: [403, 403, 403], 'admin on duty': [403, 403, 403],
  },
  comment: {
    owner: [201, 201, 201], 'co-owner': [201, 201, 201], coach: [201, 201, 201], facilitator: [404, 201, 201], member: [404, 404, 403],
    outsider: [404, 404, 404], elsewhere: [404, 404, 404], removed: [404, 404, 404], admin: [403, 403, 403], 'admin on duty': [403, 403, 403],
  },
  edit: {
    owner: [200, 200, 200], 'co-owner': [200, 200, 200], coach: [403, 403, 403], facilitator: [404, 403, 403], member: [404, 404, 403],
    outsider: [404, 404, 404], elsewhere: [404, 404, 404], removed: [404, 404, 404], admin: [403, 403, 403], 'admin on duty': [403, 403, 403],
  },
};
/** Writes answer 201 where they create something; the table above says 200 for "allowed" edits. */
const created = (status: number, creates: boolean) => (creates && status === 200 ? 201 : status);

type Endpoint = { name: string; kind: Kind; creates?: boolean; send: (c: CycleDetail, as: (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<Reply>) => Promise<Reply> };
const endpoints: Endpoint[] = [
  { name: 'GET cycle', kind: 'read', send: (c, as) => as('GET', '') },
  { name: 'GET logs', kind: 'read', send: (c, as) => as('GET', '/logs') },
  { name: 'GET comments', kind: 'read', send: (c, as) => as('GET', '/comments') },
  { name: 'GET measurements.csv', kind: 'read', send: (c, as) => as('GET', '/measurements.csv') },
  { name: 'POST comments', kind: 'comment', send: (c, as) => as('POST', '/comments', { text: 'Wat zag je?' }) },
  { name: 'PATCH cycle', kind: 'edit', send: (c, as) => as('PATCH', '', { changeGoals: ['Nog eerder signaleren'] }) },
  { name: 'PATCH iteration', kind: 'edit', send: (c, as) => as('PATCH', `/iterations/${c.iterations[0].id}`, { plan: 'Kaart meenemen' }) },
  { name: 'POST logs', kind: 'edit', creates: true, send: (c, as) => as('POST', '/logs', logBody()) },
  { name: 'POST measurements', kind: 'edit', creates: true, send: (c, as) => as('POST', '/measurements', { indicatorId: c.outcomes[0].indicators[0].id, value: 3 }) },
  // Phase moves go back and forth, so the cycle is in plan again for the next caller.
  {
    name: 'POST phase', kind: 'edit',
    send: async (c, as) => {
      const res = await as('POST', '/phase', { from: 'plan', to: 'act' });
      if (res.status === 200) await as('POST', '/phase', { from: 'act', to: 'plan' });
      return res;
    },
  },
];

describe.each(testDatabases())('cycle permissions on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let people: Record<Role, Account>;
  let networkId: string;
  const cycles = {} as Record<CycleVisibility, CycleDetail>;
  beforeAll(async () => {
    t = await TestApp.start(db);
    const f = t.fixtures;
    const [owner, coOwner, coach, facilitator, member, outsider, elsewhere, removed, admin, onDuty] = await Promise.all(roles.map((r) => f.person(r, { isPlatformAdmin: r.startsWith('admin') })));
    people = { owner, 'co-owner': coOwner, coach, facilitator, member, outsider, elsewhere, removed, admin, 'admin on duty': onDuty };
    networkId = await f.network({ facilitators: [coach, facilitator], members: [owner, coOwner, member, removed] });
    await f.network({ facilitators: [elsewhere] });
    const { start } = cycleClient(() => t);
    for (const visibility of visibilities) cycles[visibility] = await start(owner, networkId, { visibility, coOwnerIds: [coOwner.id], coachId: coach.id });
    // Removed the way the product does it, so whatever happens on leaving has happened.
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${removed.id}`, { cookie: facilitator.cookie })).status).toBe(204);
    expect((await t.request('POST', `/api/admin/networks/${networkId}/duty`, { cookie: onDuty.cookie, body: { reason: 'Een lid vraagt om hulp' } })).status).toBe(201);
  });
  afterAll(() => t.close());

  describe.each(endpoints.map((e) => [e.name, e] as const))('%s', (_name, endpoint) => {
    it.each(roles)('%s', async (role) => {
      const answers = [];
      for (const visibility of visibilities) {
        const cycle = cycles[visibility];
        const as = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => t.request(method, `/api/networks/${networkId}/cycles/${cycle.id}${path}`, { cookie: people[role].cookie, body });
        answers.push((await endpoint.send(cycle, as)).status);
      }
      expect(answers).toEqual(expected[endpoint.kind][role].map((s) => created(s, endpoint.creates === true)));
    });
  });

  it.each(roles)('the list shows %s exactly the cycles they may read', async (role) => {
    const res = await t.request('GET', `/api/networks/${networkId}/cycles?pageSize=100`, { cookie: people[role].cookie });
    const readable = visibilities.filter((_v, i) => expected.read[role][i] === 200);
    if (readable.length === 0 && expected.read[role].every((s) => s !== 200)) {
      expect(res.status).toBe(expected.read[role][2] === 404 ? 404 : 403);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: CycleDetail) => c.visibility).sort()).toEqual([...readable].sort());
  });

  it('nobody but owners sees a private cycle in the cross-network overview, and nobody but its owners in “my cycles”', async () => {
    const overview = await t.request('GET', '/api/me/cycles-overview', { cookie: people.facilitator.cookie });
    expect(overview.body.find((n: { networkId: string }) => n.networkId === networkId)).toMatchObject({ running: 2 });
    for (const role of roles) {
      const mine = await t.request('GET', '/api/me/cycles', { cookie: people[role].cookie });
      expect(mine.body.length).toBe(role === 'owner' || role === 'co-owner' ? 3 : 0);
      const one = await t.request('GET', `/api/me/cycles/${cycles.private.id}`, { cookie: people[role].cookie });
      expect(one.status).toBe(role === 'owner' || role === 'co-owner' ? 200 : 404);
    }
    expect((await t.request('GET', `/api/me/cycles/${randomUUID()}`, { cookie: people.owner.cookie })).status).toBe(404);
  });

  it.each<[Role, number]>([['facilitator', 200], ['coach', 200], ['owner', 403], ['member', 403], ['admin on duty', 403], ['admin', 403], ['outsider', 404]])('the report and the stale setting: %s gets %i', async (role, status) => {
    const report = await t.request('GET', `/api/networks/${networkId}/cycles-report`, { cookie: people[role].cookie });
    const settings = await t.request('PUT', `/api/networks/${networkId}/cycle-settings`, { cookie: people[role].cookie, body: { staleDays: 21 } });
    expect([report.status, settings.status]).toEqual([status, status]);
  });
});
