import { randomUUID } from 'node:crypto';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

describe.each(testDatabases())('members on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let fenna: Account;
  let piet: Account;
  let outsider: Account;
  let networkId: string;
  let closedId: string;
  beforeAll(async () => {
    t = await TestApp.start(db);
    [fenna, piet, outsider] = await Promise.all([t.signUp('Fenna'), t.signUp('Piet'), t.signUp('Otto')]);
    networkId = (await t.createNetwork(fenna, { visibility: 'public' })).id;
    closedId = (await t.createNetwork(fenna)).id;
    await t.join(piet, await t.invite(fenna, networkId, { category: 'citizen' }));
  });
  afterAll(() => t.close());

  const members = async (id = networkId) => (await t.request('GET', `/api/networks/${id}/members`, { cookie: fenna.cookie })).body;
  const path = (userId: string, id = networkId) => `/api/networks/${id}/members/${userId}`;

  it('shows members to members, with role and category', async () => {
    const res = await t.request('GET', `/api/networks/${networkId}/members`, { cookie: piet.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: fenna.id, role: 'facilitator' }),
        expect.objectContaining({ userId: piet.id, displayName: 'Piet', role: 'member', category: 'citizen', engagement: 3 }),
      ]),
    );
  });

  it('hides members from non-members: 403 on a public network, 404 on a members-only one', async () => {
    expect((await t.request('GET', `/api/networks/${networkId}/members`, { cookie: outsider.cookie })).status).toBe(403);
    expect((await t.request('GET', `/api/networks/${closedId}/members`, { cookie: outsider.cookie })).status).toBe(404);
    const malformed = await t.request('GET', '/api/networks/geen-uuid/members', { cookie: fenna.cookie });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty('networkId');
  });

  it('lets a facilitator change category and engagement, and validates the change', async () => {
    const res = await t.request('PATCH', path(piet.id), { cookie: fenna.cookie, body: { category: 'professional', engagement: 5 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: piet.id, category: 'professional', engagement: 5 });
    const bad = await t.request('PATCH', path(piet.id), { cookie: fenna.cookie, body: { engagement: 6, role: 'boss' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['engagement', 'role']);
    expect((await members()).find((m: { userId: string }) => m.userId === piet.id).engagement).toBe(5);
  });

  it('refuses membership changes by a plain member and by outsiders', async () => {
    const self = await t.request('PATCH', path(piet.id), { cookie: piet.cookie, body: { role: 'facilitator' } });
    expect(self.status).toBe(403);
    const other = await t.request('PATCH', path(fenna.id), { cookie: piet.cookie, body: { engagement: 1 } });
    expect(other.status).toBe(403);
    expect((await t.request('DELETE', path(fenna.id), { cookie: piet.cookie })).status).toBe(403);
    expect((await t.request('DELETE', path(piet.id), { cookie: outsider.cookie })).status).toBe(403);
    expect((await members()).find((m: { userId: string }) => m.userId === piet.id).role).toBe('member');
  });

  it('never lets the last facilitator go: no demotion, no leaving (409)', async () => {
    const demote = await t.request('PATCH', path(fenna.id), { cookie: fenna.cookie, body: { role: 'member' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last_facilitator');
    const leave = await t.request('DELETE', path(fenna.id), { cookie: fenna.cookie });
    expect(leave.status).toBe(409);
    expect((await members()).find((m: { userId: string }) => m.userId === fenna.id).role).toBe('facilitator');
  });

  it('promotes a member; then either facilitator may step down', async () => {
    expect((await t.request('PATCH', path(piet.id), { cookie: fenna.cookie, body: { role: 'facilitator' } })).body.role).toBe('facilitator');
    const stepDown = await t.request('PATCH', path(fenna.id), { cookie: piet.cookie, body: { role: 'member' } });
    expect(stepDown.status).toBe(200);
    expect(stepDown.body.role).toBe('member');
    // Put things back for the next tests.
    await t.request('PATCH', path(fenna.id), { cookie: piet.cookie, body: { role: 'facilitator' } });
    await t.request('PATCH', path(piet.id), { cookie: fenna.cookie, body: { role: 'member' } });
  });

  it('rejects a malformed member id with a field error and removes no one', async () => {
    const res = await t.request('DELETE', path('geen-uuid'), { cookie: fenna.cookie });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('userId');
    expect((await members()).map((m: { userId: string }) => m.userId)).toContain(piet.id);
  });

  it('answers 404 for someone who is not a member of this network', async () => {
    expect((await t.request('PATCH', path(outsider.id), { cookie: fenna.cookie, body: { engagement: 2 } })).status).toBe(404);
    expect((await t.request('DELETE', path(randomUUID()), { cookie: fenna.cookie })).status).toBe(404);
  });

  it('lets a member leave, and a facilitator remove someone', async () => {
    const klaas = await t.signUp('Klaas');
    await t.join(klaas, await t.invite(fenna, networkId));
    expect((await t.request('DELETE', path(piet.id), { cookie: piet.cookie })).status).toBe(204);
    expect((await t.request('DELETE', path(klaas.id), { cookie: fenna.cookie })).status).toBe(204);
    const ids = (await members()).map((m: { userId: string }) => m.userId);
    expect(ids).toEqual([fenna.id]);
    expect((await t.request('GET', `/api/networks/${networkId}`, { cookie: piet.cookie })).body.myRole).toBeNull();
  });
});
