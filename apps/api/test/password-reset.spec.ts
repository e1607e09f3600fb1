import { TestApp, FakeClock, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { FIXTURE_PASSWORD } from './support/fixtures';
import { linkIn, TestSmtp } from './support/smtp';

const newPassword = 'een-nieuw-lang-wachtwoord';

describe.each(testDatabases())('password reset by mail on %s', (_kind, db: TestDatabase) => {
  let smtp: TestSmtp;
  let t: TestApp;
  const clock = new FakeClock();

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start(db, { SMTP_URL: smtp.url, MAIL_FROM: 'Broedplaats <noreply@broedplaats.test>', PUBLIC_URL: 'https://broedplaats.test' }, { clock });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (email: string, ip?: string) => t.request('POST', '/api/auth/password-reset', { body: { email }, ip });
  const reset = (token: string, password = newPassword) => t.request('POST', '/api/auth/password-reset/complete', { body: { token, newPassword: password } });
  const login = (who: Account, password: string) => t.request('POST', '/api/auth/login', { body: { email: who.email, password } });

  /** Asks for a reset for `who` and returns the token from the mail that arrives. */
  async function tokenFor(who: Account): Promise<string> {
    expect((await ask(who.email)).status).toBe(202);
    const mail = await smtp.next();
    expect(mail.to).toEqual(expect.objectContaining({ text: who.email }));
    return linkIn(mail.text, '/reset/');
  }

  it('mails a Dutch link; the token sets a new password and ends every session', async () => {
    const anna = await t.fixtures.person('Anna');
    const res = await ask(anna.email.toUpperCase());
    expect(res.status).toBe(202);
    expect(res.body).toBeUndefined();

    const mail = await smtp.next();
    expect(mail.from?.text).toContain('noreply@broedplaats.test');
    expect(mail.to).toEqual(expect.objectContaining({ text: anna.email }));
    expect(mail.subject).toBe('Nieuw wachtwoord voor Broedplaats');
    expect(mail.text).toContain('Hallo Anna');
    expect(mail.text).toContain('https://broedplaats.test/reset/');
    const token = linkIn(mail.text, '/reset/');

    expect((await t.request('GET', '/api/auth/me', { cookie: anna.cookie })).status).toBe(200);
    expect((await reset(token)).status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { cookie: anna.cookie })).status).toBe(401);
    expect((await login(anna, FIXTURE_PASSWORD)).status).toBe(401);
    expect((await login(anna, newPassword)).status).toBe(200);
  });

  it('refuses a used token with reset_invalid (410), and a later link voids older ones', async () => {
    const bram = await t.fixtures.person('Bram');
    const older = await tokenFor(bram);
    const newer = await tokenFor(bram);
    expect((await reset(newer)).status).toBe(204);

    for (const token of [newer, older]) {
      const again = await reset(token, 'nog-een-ander-wachtwoord');
      expect(again.status).toBe(410);
      expect(again.body.error.code).toBe('reset_invalid');
    }
    expect((await login(bram, newPassword)).status).toBe(200);
  });

  it('refuses a token older than an hour and changes nothing', async () => {
    const cas = await t.fixtures.person('Cas');
    const token = await tokenFor(cas);
    clock.advance(60 * 60 * 1000 + 1); // one hour and 1 ms
    const res = await reset(token);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('reset_invalid');
    expect((await t.request('GET', '/api/auth/me', { cookie: cas.cookie })).status).toBe(200);
    expect((await login(cas, FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const dirk = await t.fixtures.person('Dirk');
    const unknown = await ask('niemand-hier@example.nl');
    const known = await ask(dirk.email);
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    // Barrier: Dirk's mail is the next to arrive, and nothing came for the unknown address.
    const mail = await smtp.next();
    expect(mail.to).toEqual(expect.objectContaining({ text: dirk.email }));
    expect(smtp.unread).toBe(0);
  });

  it('refuses a made-up token with reset_invalid', async () => {
    const res = await reset('dit-is-geen-echte-token-maar-wel-lang');
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('reset_invalid');
  });

  it.each([
    ['an address that is not one', '/api/auth/password-reset', { email: 'geen-adres' }, ['email']],
    ['no address', '/api/auth/password-reset', {}, ['email']],
    ['a short new password', '/api/auth/password-reset/complete', { token: 'x'.repeat(43), newPassword: 'kort' }, ['newPassword']],
    ['a token that cannot be one', '/api/auth/password-reset/complete', { token: 'kort', newPassword }, ['token']],
  ])('rejects %s with field errors', async (_name, url, body, fields) => {
    const res = await t.request('POST', url, { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(fields);
  });

  it('needs the CSRF header', async () => {
    const res = await t.request('POST', '/api/auth/password-reset', { body: { email: 'iemand@example.nl' }, csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});

describe.each(testDatabases().slice(0, 1))('password reset limits on %s', (_kind, db: TestDatabase) => {
  it('limits reset requests per IP address (RATE_LIMIT_MAIL)', async () => {
    const t = await TestApp.start(db, { RATE_LIMIT_MAIL: '2' });
    try {
      const ask = (ip: string) => t.request('POST', '/api/auth/password-reset', { body: { email: 'iemand@example.nl' }, ip });
      expect((await ask('10.0.0.1')).status).toBe(202);
      expect((await ask('10.0.0.1')).status).toBe(202);
      const third = await ask('10.0.0.1');
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate_limited');
      expect((await ask('10.0.0.2')).status).toBe(202);
    } finally {
      await t.close();
    }
  });
});
