import { randomUUID } from 'node:crypto';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

const redisUrl = process.env.BP_TEST_REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) console.warn('[session-cache.spec] two-instance part SKIPPED: no Redis at 127.0.0.1:6379');

/**
 * Sessions and memberships are kept in memory per instance. Every test first reads through the
 * instance that will be asked afterwards, so its caches hold the old answer; the change must win at
 * once, on the same instance and on another one (over Redis pub/sub).
 */
type Setup = { change: TestApp; ask: TestApp };

function accessIsLostAtOnce(setup: () => Setup) {
  const network = async (t: TestApp, who: Account, networkId: string) => (await t.request('GET', `/api/networks/${networkId}`, { cookie: who.cookie })).status;
  const members = async (t: TestApp, who: Account, networkId: string) => (await t.request('GET', `/api/networks/${networkId}/members`, { cookie: who.cookie })).status;
  const me = async (t: TestApp, cookie: string) => (await t.request('GET', '/api/auth/me', { cookie })).status;

  it('a removed member loses a members-only network at once (404), and a public one’s inside (403)', async () => {
    const { change, ask } = setup();
    const fac = await change.signUp('Fenna');
    const mem = await change.signUp('Mira');
    const closed = (await change.createNetwork(fac)).id;
    const open = (await change.createNetwork(fac, { visibility: 'public' })).id;
    await change.join(mem, await change.invite(fac, closed));
    await change.join(mem, await change.invite(fac, open));
    expect([await network(ask, mem, closed), await members(ask, mem, closed), await members(ask, mem, open)]).toEqual([200, 200, 200]);

    expect((await change.request('DELETE', `/api/networks/${closed}/members/${mem.id}`, { cookie: fac.cookie })).status).toBe(204);
    expect((await change.request('DELETE', `/api/networks/${open}/members/${mem.id}`, { cookie: fac.cookie })).status).toBe(204);
    expect([await network(ask, mem, closed), await members(ask, mem, closed)]).toEqual([404, 404]);
    expect([await network(ask, mem, open), await members(ask, mem, open)]).toEqual([200, 403]);
  });

  it('a demoted facilitator may no longer invite, and a promoted member may, at once', async () => {
    const { change, ask } = setup();
    const fac = await change.signUp('Fenna');
    const other = await change.signUp('Femke');
    const networkId = (await change.createNetwork(fac)).id;
    await change.join(other, await change.invite(fac, networkId, { category: 'professional', role: 'facilitator' }));
    const invite = (who: Account) => ask.request('POST', `/api/networks/${networkId}/invitations`, { cookie: who.cookie, body: { category: 'citizen' } });
    expect((await invite(other)).status).toBe(201);

    const demote = await change.request('PATCH', `/api/networks/${networkId}/members/${other.id}`, { cookie: fac.cookie, body: { role: 'member' } });
    expect(demote.status).toBe(200);
    expect((await invite(other)).status).toBe(403);
  });

  it('a session logged out elsewhere answers 401 at once', async () => {
    const { change, ask } = setup();
    const who = await change.signUp('Lotte');
    expect(await me(ask, who.cookie)).toBe(200);
    expect((await change.request('POST', '/api/auth/logout', { cookie: who.cookie })).status).toBe(204);
    expect(await me(ask, who.cookie)).toBe(401);
  });

  it('a session revoked from another device answers 401 at once; the others keep working', async () => {
    const { change, ask } = setup();
    const who = await change.signUp('Sanne');
    const login = await change.request('POST', '/api/auth/login', { body: { email: who.email, password: 'lang-genoeg-wachtwoord' } });
    const second = login.cookies.find((c) => c.name === 'bp_session')!.value;
    expect([await me(ask, who.cookie), await me(ask, second)]).toEqual([200, 200]);
    const sessions = (await change.request('GET', '/api/auth/sessions', { cookie: who.cookie })).body as Array<{ id: string; current: boolean }>;
    const other = sessions.find((s) => !s.current)!;
    expect((await change.request('DELETE', `/api/auth/sessions/${other.id}`, { cookie: who.cookie })).status).toBe(204);
    expect([await me(ask, who.cookie), await me(ask, second)]).toEqual([200, 401]);
  });

  it('a new password signs the other sessions out at once', async () => {
    const { change, ask } = setup();
    const who = await change.signUp('Bram');
    const login = await change.request('POST', '/api/auth/login', { body: { email: who.email, password: 'lang-genoeg-wachtwoord' } });
    const second = login.cookies.find((c) => c.name === 'bp_session')!.value;
    expect(await me(ask, second)).toBe(200);
    const res = await change.request('POST', '/api/auth/password', { cookie: who.cookie, body: { currentPassword: 'lang-genoeg-wachtwoord', newPassword: 'een-heel-nieuw-wachtwoord' } });
    expect(res.status).toBe(204);
    expect([await me(ask, who.cookie), await me(ask, second)]).toEqual([200, 401]);
  });

  it('a changed name and language show at once', async () => {
    const { change, ask } = setup();
    const who = await change.signUp('Noor');
    expect((await ask.request('GET', '/api/auth/me', { cookie: who.cookie })).body).toMatchObject({ displayName: 'Noor', language: 'nl' });
    expect((await change.request('PATCH', '/api/auth/me', { cookie: who.cookie, body: { language: 'en' } })).status).toBe(200);
    expect((await ask.request('GET', '/api/auth/me', { cookie: who.cookie })).body).toMatchObject({ displayName: 'Noor', language: 'en' });
    expect((await change.request('PATCH', '/api/auth/me', { cookie: who.cookie, body: { displayName: 'Noor V' } })).status).toBe(200);
    expect((await ask.request('GET', '/api/auth/me', { cookie: who.cookie })).body).toMatchObject({ displayName: 'Noor V', language: 'en' });
  });
}

describe.each(testDatabases())('one instance: cached sessions and memberships on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t?.close());

  accessIsLostAtOnce(() => ({ change: t, ask: t }));
});

describeWithRedis.each(testDatabases())('two instances over Redis: cached sessions and memberships on %s', (_kind, db: TestDatabase) => {
  let a: TestApp;
  let b: TestApp;
  let closeDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await db.open();
    closeDatabase = database.close;
    const shared = { ...database, close: async () => undefined }; // each app must not close it under the other
    const env = { REDIS_URL: redisUrl!, REDIS_PREFIX: `bp-test-${randomUUID()}` };
    a = await TestApp.start(shared, env);
    b = await TestApp.start(shared, env);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await closeDatabase?.();
  });

  describe('changed through A, asked of B', () => accessIsLostAtOnce(() => ({ change: a, ask: b })));
});
