import { TestApp, sessionCookie, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

const password = 'lang-genoeg-wachtwoord';
const newPassword = 'een-nieuw-lang-wachtwoord';

describe.each(testDatabases())('change password on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);

  const login = async (who: Account, pw = password) => live.t.request('POST', '/api/auth/login', { body: { email: who.email, password: pw } });
  const change = (who: Account, body: unknown, csrf?: boolean) => live.t.request('POST', '/api/auth/password', { cookie: who.cookie, body, csrf });

  it('stores the new password: the old one no longer logs in, the new one does', async () => {
    const anna = await live.t.signUp('Anna');
    const res = await change(anna, { currentPassword: password, newPassword });
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await login(anna)).body.error.code).toBe('invalid_credentials');
    expect((await login(anna, newPassword)).status).toBe(200);
  });

  it('ends every other session and drops its socket, and keeps the current one', async () => {
    const bram = await live.t.signUp('Bram');
    const other = sessionCookie(await login(bram));
    const [here, there] = await Promise.all([live.socket(bram), live.socket({ cookie: other })]);
    
    const dropped = new Promise<string>((resolve) => there.once('disconnect', resolve));

    expect((await change(bram, { currentPassword: password, newPassword })).status).toBe(204);

    expect(await dropped).toBe('io server disconnect');
    expect((await live.t.request('GET', '/api/auth/me', { cookie: other })).status).toBe(401);
    expect((await live.t.request('GET', '/api/auth/me', { cookie: bram.cookie })).status).toBe(200);
    const sessions = await live.t.request('GET', '/api/auth/sessions', { cookie: bram.cookie });
    expect(sessions.body).toEqual([expect.objectContaining({ current: true })]);
    // A round trip on this socket after the others were dropped proves it stayed connected.
    await expect((here.timeout(2000).emitWithAck as (e: string, p: unknown) => Promise<unknown>)('presence.list', { networkId: '00000000-0000-4000-8000-000000000000' })).resolves.toBeDefined();
    expect(here.connected).toBe(true);
  });

  it('refuses a wrong current password with a field error (400, not 401) and changes nothing', async () => {
    const cas = await live.t.signUp('Cas');
    const other = sessionCookie(await login(cas));
    const res = await change(cas, { currentPassword: 'niet-mijn-wachtwoord', newPassword });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields)).toEqual(['currentPassword']);
    expect((await live.t.request('GET', '/api/auth/me', { cookie: cas.cookie })).status).toBe(200);
    expect((await live.t.request('GET', '/api/auth/me', { cookie: other })).status).toBe(200);
    expect((await login(cas)).status).toBe(200);
    expect((await login(cas, newPassword)).status).toBe(401);
  });

  it.each([
    ['a new password under 10 characters', { currentPassword: password, newPassword: 'kort' }, ['newPassword']],
    ['the same password again', { currentPassword: password, newPassword: password }, ['newPassword']],
    ['no current password', { newPassword }, ['currentPassword']],
    ['an empty body', {}, ['currentPassword', 'newPassword']],
  ])('rejects %s with field errors and changes nothing', async (_name, body, fields) => {
    const dirk = await live.t.signUp('Dirk');
    const res = await change(dirk, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(fields);
    expect((await login(dirk)).status).toBe(200);
  });

  it('needs a session (401) and the CSRF header (403)', async () => {
    const eva = await live.t.signUp('Eva');
    const anonymous = await live.t.request('POST', '/api/auth/password', { body: { currentPassword: password, newPassword } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const noCsrf = await change(eva, { currentPassword: password, newPassword }, false);
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');
    expect((await login(eva)).status).toBe(200);
  });
});

describe('change password rate limit (pglite)', () => {
  const [[, pglite]] = testDatabases();

  it('limits attempts like login, in its own bucket, so the current password cannot be guessed', async () => {
    const t = await TestApp.start(pglite, { RATE_LIMIT_LOGIN: '3' });
    try {
      const fenna = await t.signUp('Fenna');
      const guess = (url = '/api/auth/password') =>
        t.request('POST', url, { cookie: fenna.cookie, body: { currentPassword: 'een-gok-van-mij', newPassword } });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await guess()).status);
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
      expect((await guess('/api/auth/%70assword')).body.error.code).toBe('rate_limited');
      // Its own bucket: logging in still works.
      expect((await t.request('POST', '/api/auth/login', { body: { email: fenna.email, password } })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
