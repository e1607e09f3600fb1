import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

/** Waits until the outbox holds `count` mails (mail is kept after the answer has gone). */
async function outboxOf(t: TestApp, admin: Account, count: number, query = ''): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  for (let attempt = 0; attempt < 200; attempt++) {
    const res = await t.request('GET', `/api/admin/outbox${query}`, { cookie: admin.cookie });
    // The count and the page are two reads: a mail stored between them shows in one only.
    if (res.status !== 200 || (res.body.total >= count && res.body.items.length >= Math.min(count, res.body.pageSize))) return res;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`the outbox never held ${count} mails`);
}

describe.each(testDatabases())('mail outbox without SMTP_URL on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db, { SMTP_URL: '', PUBLIC_URL: 'https://broedplaats.test' });
  });
  afterAll(() => t.close());

  it('keeps mail in the outbox; platform admins read it newest first, a page at a time', async () => {
    const [admin, anna, bram] = await Promise.all([t.fixtures.person('Beheer', { isPlatformAdmin: true }), t.fixtures.person('Anna'), t.fixtures.person('Bram')]);
    expect((await t.request('POST', '/api/auth/password-reset', { body: { email: anna.email } })).status).toBe(202);
    await outboxOf(t, admin, 1);
    expect((await t.request('POST', '/api/auth/password-reset', { body: { email: bram.email } })).status).toBe(202);

    const all = await outboxOf(t, admin, 2);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((m: { to: string }) => m.to)).toEqual([bram.email, anna.email]);
    expect(all.body.items[0]).toEqual({
      id: expect.any(String), to: bram.email, subject: 'Nieuw wachtwoord voor Broedplaats', text: expect.stringContaining('https://broedplaats.test/reset/'), createdAt: expect.any(String),
    });

    const second = await t.request('GET', '/api/admin/outbox?page=2&pageSize=1', { cookie: admin.cookie });
    expect(second.body).toEqual({ items: [expect.objectContaining({ to: anna.email })], total: 2, page: 2, pageSize: 1 });
  });

  it('is for platform admins only (403), and needs a session (401)', async () => {
    const cas = await t.fixtures.person('Cas');
    const res = await t.request('GET', '/api/admin/outbox', { cookie: cas.cookie });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await t.request('GET', '/api/admin/outbox')).status).toBe(401);
  });

  it('rejects a bad page size with a field error', async () => {
    const admin = await t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const res = await t.request('GET', '/api/admin/outbox?pageSize=1000', { cookie: admin.cookie });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['pageSize']);
  });
});
