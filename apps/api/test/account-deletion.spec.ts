import { EventBus } from '../src/core/events';
import { PersonLifecycle } from '../src/core/person-lifecycle';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { FIXTURE_PASSWORD } from './support/fixtures';

describe.each(testDatabases())('deleting my account on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  const remove = (who: Account, body: unknown) => t.request('POST', '/api/auth/me/delete', { cookie: who.cookie, body });
  const login = (email: string) => t.request('POST', '/api/auth/login', { body: { email, password: FIXTURE_PASSWORD } });

  it('leaves every network the usual way, scrubs the person and keeps what they made, as "voormalig lid"', async () => {
    const f = t.fixtures;
    const [anna, fenna, mira] = await Promise.all([f.person('Anna'), f.person('Fenna'), f.person('Mira')]);
    const memberOf = await f.network({ facilitators: [fenna], members: [anna, mira] });
    const coFacilitates = await f.network({ facilitators: [anna, fenna] });
    const made = await t.request('POST', `/api/networks/${coFacilitates}/invitations`, { cookie: anna.cookie, body: { category: 'citizen' } });
    expect(made.status).toBe(201);

    const left: string[] = [];
    const removed: string[] = [];
    const stop = t.app.get(PersonLifecycle).whenLeftNetwork(async ({ networkId, userId }) => void left.push(`${networkId}:${userId}`));
    const unsubscribe = t.app.get(EventBus).subscribe('member.removed', ({ networkId, userId }) => void removed.push(`${networkId}:${userId}`));
    let res;
    try {
      res = await remove(anna, { password: FIXTURE_PASSWORD });
    } finally {
      stop();
      unsubscribe();
    }
    expect(res.status).toBe(204);
    expect(res.cookies.find((c) => c.name === 'bp_session')?.value).toBe('');
    const expected = [`${memberOf}:${anna.id}`, `${coFacilitates}:${anna.id}`].sort();
    expect(left.sort()).toEqual(expected);
    expect(removed.sort()).toEqual(expected);

    expect((await t.request('GET', '/api/auth/me', { cookie: anna.cookie })).status).toBe(401);
    expect((await login(anna.email)).status).toBe(401);
    const members = await t.request('GET', `/api/networks/${memberOf}/members`, { cookie: fenna.cookie });
    expect(members.body.map((m: { userId: string }) => m.userId).sort()).toEqual([fenna.id, mira.id].sort());
    const invitations = await t.request('GET', `/api/networks/${coFacilitates}/invitations`, { cookie: fenna.cookie });
    expect(invitations.body).toEqual([expect.objectContaining({ id: made.body.id, createdByName: 'voormalig lid' })]);
    // The address is free again: someone may register with it.
    const again = await t.request('POST', '/api/auth/register', { body: { email: anna.email, password: FIXTURE_PASSWORD, displayName: 'Anna Nieuw' } });
    expect(again.status).toBe(201);
  });

  it('refuses the last facilitator of a network with last_facilitator, names the networks and changes nothing', async () => {
    const f = t.fixtures;
    const [bram, mira] = await Promise.all([f.person('Bram'), f.person('Mira')]);
    const alone = await f.network({ facilitators: [bram], members: [mira] }, { name: 'Samen tegen Eenzaamheid' });
    const member = await f.network({ facilitators: [mira], members: [bram] });
    const res = await remove(bram, { password: FIXTURE_PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_facilitator');
    expect(res.body.error.fields).toEqual({ [alone]: 'Samen tegen Eenzaamheid' });
    expect((await t.request('GET', '/api/auth/me', { cookie: bram.cookie })).body.displayName).toBe('Bram');
    const members = await t.request('GET', `/api/networks/${member}/members`, { cookie: mira.cookie });
    expect(members.body.map((m: { userId: string }) => m.userId)).toContain(bram.id);
  });

  it.each([
    ['a wrong password', { password: 'niet-mijn-wachtwoord' }],
    ['no password', {}],
  ])('refuses %s with a field error and deletes nothing', async (_name, body) => {
    const cas = await t.fixtures.person('Cas');
    const res = await remove(cas, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['password']);
    expect((await t.request('GET', '/api/auth/me', { cookie: cas.cookie })).status).toBe(200);
    expect((await login(cas.email)).status).toBe(200);
  });

  it('needs a session (401) and the CSRF header (403)', async () => {
    const dirk = await t.fixtures.person('Dirk');
    expect((await t.request('POST', '/api/auth/me/delete', { body: { password: FIXTURE_PASSWORD } })).status).toBe(401);
    const noCsrf = await t.request('POST', '/api/auth/me/delete', { cookie: dirk.cookie, body: { password: FIXTURE_PASSWORD }, csrf: false });
    expect(noCsrf.status).toBe(403);
    expect((await t.request('GET', '/api/auth/me', { cookie: dirk.cookie })).status).toBe(200);
  });
});
