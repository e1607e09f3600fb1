import { FakeClock, TestApp, type Account } from './support/app';
import { testDatabases } from './support/databases';

/**
 * Wrong passwords are counted per account and IP address together, with a wait that doubles after
 * five (LOGIN_FREE_ATTEMPTS, LOGIN_BACKOFF_MS 1 s). The clock is frozen: the waits are moved past,
 * not waited for. Kept in memory, so one database is enough.
 */
describe('login back-off per account and address', () => {
  let t: TestApp;
  let clock: FakeClock;
  let owner: Account;
  const attacker = '10.9.8.7';
  const home = '192.0.2.10';

  beforeAll(async () => {
    clock = new FakeClock();
    t = await TestApp.start(testDatabases()[0][1], {}, { clock });
    owner = await t.signUp('Bea');
  });
  afterAll(() => t.close());

  const login = (password: string, ip: string) => t.request('POST', '/api/auth/login', { ip, body: { email: owner.email, password } });

  it('lets five wrong passwords through, then makes the next wait 1 s, 2 s, 4 s; the owner elsewhere is not locked out', async () => {
    for (let i = 0; i < 5; i++) expect((await login('fout-wachtwoord', attacker)).status).toBe(401);
    // Fifth failure: 1000 × 2^(5 − 5) = 1 s
    const blocked = await login('fout-wachtwoord', attacker);
    expect(blocked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(blocked.headers['retry-after']).toBe('1');
    // Even the right password waits from this address: the check comes before the password.
    expect((await login('lang-genoeg-wachtwoord', attacker)).status).toBe(429);
    // The owner, from home, signs in as usual.
    expect((await login('lang-genoeg-wachtwoord', home)).status).toBe(200);

    clock.advance(1000);
    expect((await login('fout-wachtwoord', attacker)).status).toBe(401); // sixth: 1000 × 2^1 = 2 s
    expect((await login('fout-wachtwoord', attacker)).headers['retry-after']).toBe('2');
    clock.advance(1999);
    expect((await login('fout-wachtwoord', attacker)).status).toBe(429);
    clock.advance(1);
    expect((await login('fout-wachtwoord', attacker)).status).toBe(401); // seventh: 1000 × 2^2 = 4 s
    expect((await login('fout-wachtwoord', attacker)).headers['retry-after']).toBe('4');

    // Once the wait is over the right password works and the count starts again.
    clock.advance(4000);
    expect((await login('lang-genoeg-wachtwoord', attacker)).status).toBe(200);
    expect((await login('fout-wachtwoord', attacker)).status).toBe(401);
    expect((await login('fout-wachtwoord', attacker)).status).toBe(401);
  });

  it('counts a wrong current password when changing it, per account and address', async () => {
    const anna = await t.signUp('Anna');
    const change = (current: string) =>
      t.request('POST', '/api/auth/password', { ip: attacker, cookie: anna.cookie, body: { currentPassword: current, newPassword: 'een-heel-nieuw-wachtwoord' } });
    for (let i = 0; i < 5; i++) expect((await change('fout-wachtwoord')).status).toBe(400);
    expect((await change('lang-genoeg-wachtwoord')).status).toBe(429);
    clock.advance(1000);
    expect((await change('lang-genoeg-wachtwoord')).status).toBe(204);
  });
});
