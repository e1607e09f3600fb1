import { TestApp, sessionCookie, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

const password = 'lang-genoeg-wachtwoord';

describe.each(testDatabases())('auth on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  describe('register', () => {
    it('creates the account, sets an httpOnly SameSite=Lax cookie and never returns the password', async () => {
      const res = await t.request('POST', '/api/auth/register', {
        body: { email: ' Anna@Example.NL ', password, displayName: 'Anna' },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        user: { id: expect.any(String), email: 'anna@example.nl', displayName: 'Anna', language: 'nl', isPlatformAdmin: false, organisation: '', bio: '' },
        joinedNetworkId: null,
      });
      expect(JSON.stringify(res.body)).not.toContain(password);
      const cookie = res.cookies.find((c) => c.name === 'bp_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
      const me = await t.request('GET', '/api/auth/me', { cookie: cookie.value });
      expect(me.body.email).toBe('anna@example.nl');
    });

    it('marks the cookie Secure behind a TLS proxy', async () => {
      const res = await t.request('POST', '/api/auth/register', {
        body: { email: 'tls@example.nl', password, displayName: 'Tess' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.cookies.find((c) => c.name === 'bp_session')?.secure).toBe(true);
    });

    it('refuses a duplicate e-mail in any case with 409 email_taken', async () => {
      await t.signUp('Bram', { email: 'bram@example.nl' });
      const res = await t.request('POST', '/api/auth/register', { body: { email: 'BRAM@example.nl', password, displayName: 'Bram 2' } });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('email_taken');
    });

    it('rejects bad input with field errors and creates nothing', async () => {
      const res = await t.request('POST', '/api/auth/register', { body: { email: 'kort@example.nl', password: 'kort', displayName: 'K' } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['displayName', 'password']);
      const login = await t.request('POST', '/api/auth/login', { body: { email: 'kort@example.nl', password: 'kort' } });
      expect(login.status).toBe(401);
    });

    it('refuses a state-changing request without the CSRF header', async () => {
      const res = await t.request('POST', '/api/auth/register', { csrf: false, body: { email: 'csrf@example.nl', password, displayName: 'Cees' } });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('csrf_failed');
      const login = await t.request('POST', '/api/auth/login', { body: { email: 'csrf@example.nl', password } });
      expect(login.status).toBe(401);
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: { 'content-type': 'application/json', 'x-broedplaats-csrf': '1' },
        payload: '{"email":',
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).error.code).toBe('validation_failed');
    });
  });

  describe('login, me, logout', () => {
    let account: Account;
    beforeAll(async () => {
      account = await t.signUp('Lotte');
    });

    it('logs in with the right password only', async () => {
      const ok = await t.request('POST', '/api/auth/login', { body: { email: account.email.toUpperCase(), password } });
      expect(ok.status).toBe(200);
      expect(ok.body.user.id).toBe(account.id);
      const wrong = await t.request('POST', '/api/auth/login', { body: { email: account.email, password: 'niet-het-wachtwoord' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('invalid_credentials');
      const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'niemand@example.nl', password } });
      expect(unknown.body.error.code).toBe('invalid_credentials');
    });

    it('rejects a login body without e-mail', async () => {
      const res = await t.request('POST', '/api/auth/login', { body: { password } });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('email');
    });

    it('needs a session for /me', async () => {
      expect((await t.request('GET', '/api/auth/me')).status).toBe(401);
      expect((await t.request('GET', '/api/auth/me', { cookie: 'not-a-real-token-at-all' })).body.error.code).toBe('unauthenticated');
    });

    it('updates the profile, and validates it', async () => {
      const res = await t.request('PATCH', '/api/auth/me', { cookie: account.cookie, body: { displayName: 'Lotte B', language: 'en' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ displayName: 'Lotte B', language: 'en' });
      const bad = await t.request('PATCH', '/api/auth/me', { cookie: account.cookie, body: { language: 'de' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toHaveProperty('language');
      const empty = await t.request('PATCH', '/api/auth/me', { cookie: account.cookie, body: {} });
      expect(empty.status).toBe(400);
      expect((await t.request('GET', '/api/auth/me', { cookie: account.cookie })).body.language).toBe('en');
      expect((await t.request('PATCH', '/api/auth/me', { body: { language: 'nl' } })).status).toBe(401);
    });

    it('lists own sessions and revokes another one, which then stops working', async () => {
      const second = sessionCookie(await t.request('POST', '/api/auth/login', { body: { email: account.email, password } }));
      const list = await t.request('GET', '/api/auth/sessions', { cookie: account.cookie });
      expect(list.status).toBe(200);
      expect(list.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      const other = list.body.find((s: { current: boolean }) => !s.current);
      expect(other).toBeDefined();
      expect((await t.request('DELETE', `/api/auth/sessions/${other.id}`, { cookie: account.cookie })).status).toBe(204);
      expect((await t.request('GET', '/api/auth/me', { cookie: second })).status).toBe(401);
      expect((await t.request('GET', '/api/auth/me', { cookie: account.cookie })).status).toBe(200);
    });

    it('needs a session to list or revoke sessions', async () => {
      expect((await t.request('GET', '/api/auth/sessions')).body.error.code).toBe('unauthenticated');
      const [own] = (await t.request('GET', '/api/auth/sessions', { cookie: account.cookie })).body;
      expect((await t.request('DELETE', `/api/auth/sessions/${own.id}`)).status).toBe(401);
      expect((await t.request('GET', '/api/auth/me', { cookie: account.cookie })).status).toBe(200);
    });

    it('does not revoke someone else’s session (404) and rejects a malformed id (400)', async () => {
      const stranger = await t.signUp('Stranger');
      const [theirs] = (await t.request('GET', '/api/auth/sessions', { cookie: stranger.cookie })).body;
      const res = await t.request('DELETE', `/api/auth/sessions/${theirs.id}`, { cookie: account.cookie });
      expect(res.status).toBe(404);
      expect((await t.request('GET', '/api/auth/me', { cookie: stranger.cookie })).status).toBe(200);
      const malformed = await t.request('DELETE', '/api/auth/sessions/niet-een-uuid', { cookie: account.cookie });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fields).toHaveProperty('sessionId');
    });

    it('logs out: the session is gone server-side', async () => {
      const session = sessionCookie(await t.request('POST', '/api/auth/login', { body: { email: account.email, password } }));
      const res = await t.request('POST', '/api/auth/logout', { cookie: session });
      expect(res.status).toBe(204);
      expect((await t.request('GET', '/api/auth/me', { cookie: session })).status).toBe(401);
      expect((await t.request('POST', '/api/auth/logout', { cookie: session })).status).toBe(401);
    });
  });
});

describe('auth settings from env (pglite)', () => {
  const [[, pglite]] = testDatabases();

  it('creates the first platform admin from ADMIN_EMAIL/ADMIN_PASSWORD', async () => {
    const t = await TestApp.start(pglite, { ADMIN_EMAIL: 'Beheer@Example.NL', ADMIN_PASSWORD: 'een-sterk-wachtwoord' });
    try {
      const res = await t.request('POST', '/api/auth/login', { body: { email: 'beheer@example.nl', password: 'een-sterk-wachtwoord' } });
      expect(res.status).toBe(200);
      expect(res.body.user.isPlatformAdmin).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('rate-limits login attempts per IP with the limit from env', async () => {
    const t = await TestApp.start(pglite, { RATE_LIMIT_LOGIN: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await t.request('POST', '/api/auth/login', { body: { email: 'x@example.nl', password: 'wat-dan-ook' } })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // Spellings of the same route share the limit.
      for (const url of ['/api/auth/%6Cogin', '/api/auth/login?again=1']) {
        expect((await t.request('POST', url, { body: { email: 'x@example.nl', password: 'wat-dan-ook' } })).status).toBe(429);
      }
      const limited = await t.request('POST', '/api/auth/login', { body: { email: 'x@example.nl', password: 'wat-dan-ook' } });
      expect(limited.body.error.code).toBe('rate_limited');
      // Other routes are not limited.
      expect((await t.request('GET', '/api/themes')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
