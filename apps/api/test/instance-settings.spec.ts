import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

/** The instance's name and welcome text: the front door reads them without a session, platform admins change them. */
describe.each(testDatabases())('instance settings on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  const read = () => t.request('GET', '/api/instance');
  const change = (who: Account | undefined, body: unknown) => t.request('PUT', '/api/admin/settings', { cookie: who?.cookie, body });

  it('answers the defaults before anyone saved them, to visitors without a session', async () => {
    const res = await read();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: 'Broedplaats', welcome: '' });
  });

  it('refuses bad input with 400 and fields, and others with 403 or 401; nothing changes', async () => {
    const admin = await t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const fenna = await t.fixtures.person('Fenna');
    const before = (await read()).body;
    for (const [body, field] of [
      [{ name: 'x'.repeat(81), welcome: 'Welkom' }, 'name'],
      [{ name: '  ', welcome: 'Welkom' }, 'name'],
      [{ name: 'Broedplaats Zeeland', welcome: 'w'.repeat(2001) }, 'welcome'],
      [{ name: 'Broedplaats Zeeland' }, 'welcome'],
      [{ name: 42, welcome: 'Welkom' }, 'name'],
    ] as const) {
      const res = await change(admin, body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await change(fenna, { name: 'Van Fenna', welcome: 'Hallo' })).status).toBe(403);
    expect((await change(undefined, { name: 'Van niemand', welcome: 'Hallo' })).status).toBe(401);
    expect((await read()).body).toEqual(before);
    const audit = await t.request('GET', '/api/admin/audit?pageSize=100', { cookie: admin.cookie });
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'instance.settings_changed')).toEqual([]);
  });

  it('a platform admin changes them (80 and 2,000 characters fit); the change is in the audit log without a target', async () => {
    const admin = await t.fixtures.person('Anna Beheer', { isPlatformAdmin: true });
    const name = 'B'.repeat(80);
    const welcome = `Welkom in Zeeland.\n\n${'w'.repeat(1980)}`;
    const res = await change(admin, { name: `  ${name} `, welcome });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name, welcome });
    expect((await read()).body).toEqual({ name, welcome });

    expect((await change(admin, { name: 'Broedplaats Zeeland', welcome: 'Welkom in Zeeland.' })).body.name).toBe('Broedplaats Zeeland');
    expect((await read()).body).toEqual({ name: 'Broedplaats Zeeland', welcome: 'Welkom in Zeeland.' });
    // An empty welcome hands the front door back its own text, in the visitor's language.
    expect((await change(admin, { name: 'Broedplaats Zeeland', welcome: '   ' })).body).toEqual({ name: 'Broedplaats Zeeland', welcome: '' });
    const audit = await t.request('GET', '/api/admin/audit?pageSize=100', { cookie: admin.cookie });
    const changes = audit.body.items.filter((e: { action: string }) => e.action === 'instance.settings_changed');
    expect(changes).toEqual([
      expect.objectContaining({ actor: { id: admin.id, displayName: 'Anna Beheer' }, target: null, reason: '' }),
      expect.objectContaining({ actor: { id: admin.id, displayName: 'Anna Beheer' }, target: null }),
      expect.objectContaining({ actor: { id: admin.id, displayName: 'Anna Beheer' }, target: null }),
    ]);
  });
});
