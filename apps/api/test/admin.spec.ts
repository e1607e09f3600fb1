import { sessionCookie, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { FIXTURE_PASSWORD } from './support/fixtures';
import { useLiveApp } from './support/live';

describe.each(testDatabases())('platform admin on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);

  const login = (who: Account) => live.t.request('POST', '/api/auth/login', { body: { email: who.email, password: FIXTURE_PASSWORD } });
  const get = (who: Account | undefined, url: string) => live.t.request('GET', url, { cookie: who?.cookie });
  const act = (who: Account | undefined, what: 'deactivate' | 'reactivate', userId: string) =>
    live.t.request('POST', `/api/admin/users/${userId}/${what}`, { cookie: who?.cookie });

  it('lists people by name or e-mail, a page at a time, with their networks and roles', async () => {
    const admin = await live.t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const dirk = await live.t.fixtures.person('Dirk Zoekbaar');
    const eva = await live.t.fixtures.person('Eva Zoekbaar');
    const networkId = await live.t.fixtures.network({ facilitators: [dirk], members: [eva] }, { name: 'Wijkteam Noord' });

    const res = await get(admin, '/api/admin/users?q=zoekbaar&pageSize=1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: dirk.id, displayName: 'Dirk Zoekbaar', deactivatedAt: null, memberships: [{ networkId, networkName: 'Wijkteam Noord', role: 'facilitator' }] }),
    ]);
    const second = await get(admin, '/api/admin/users?q=zoekbaar&pageSize=1&page=2');
    expect(second.body.items).toEqual([expect.objectContaining({ id: eva.id, memberships: [expect.objectContaining({ role: 'member' })] })]);

    const byMail = await get(admin, `/api/admin/users?q=${encodeURIComponent(eva.email.toUpperCase())}`);
    expect(byMail.body.items.map((u: { id: string }) => u.id)).toEqual([eva.id]);
    // A percent sign is a letter here, not a wildcard.
    expect((await get(admin, '/api/admin/users?q=%25')).body.total).toBe(0);
  });

  it('answers 400 with fields for bad input', async () => {
    const admin = await live.t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const users = await get(admin, '/api/admin/users?pageSize=1000');
    expect(users.status).toBe(400);
    expect(users.body.error).toMatchObject({ code: 'validation_failed', fields: { pageSize: expect.any(String) } });
    const audit = await get(admin, '/api/admin/audit?page=0');
    expect(audit.body.error).toMatchObject({ code: 'validation_failed', fields: { page: expect.any(String) } });
    const badId = await act(admin, 'deactivate', 'not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields).toHaveProperty('userId');
    const self = await act(admin, 'deactivate', admin.id);
    expect(self.status).toBe(400);
    expect(self.body.error.fields).toHaveProperty('userId');
    expect((await get(admin, '/api/auth/me')).status).toBe(200);
  });

  it('refuses people who are not platform admins (403) and visitors (401)', async () => {
    const facilitator = await live.t.fixtures.person('Fenna');
    await live.t.fixtures.network({ facilitators: [facilitator] });
    const target = await live.t.fixtures.person('Gijs');
    for (const url of ['/api/admin/users', '/api/admin/audit']) {
      expect((await get(facilitator, url)).body.error.code).toBe('forbidden');
      expect((await get(undefined, url)).status).toBe(401);
    }
    for (const what of ['deactivate', 'reactivate'] as const) {
      const res = await act(facilitator, what, target.id);
      expect(res.status).toBe(403);
      expect((await act(undefined, what, target.id)).status).toBe(401);
    }
    expect((await get(target, '/api/auth/me')).status).toBe(200);
  });

  it('404s an unknown account', async () => {
    const admin = await live.t.fixtures.person('Beheer', { isPlatformAdmin: true });
    expect((await act(admin, 'deactivate', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('deactivating ends every session at once and drops the sockets; login is refused like a wrong password; reactivating lets them in again', async () => {
    const admin = await live.t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const hanna = await live.t.fixtures.person('Hanna');
    const other = sessionCookie(await login(hanna));
    const socket = await live.socket(hanna);
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const res = await act(admin, 'deactivate', hanna.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: hanna.id, deactivatedAt: expect.any(String) });

    expect(await dropped).toBe('io server disconnect');
    expect((await get(hanna, '/api/auth/me')).status).toBe(401);
    expect((await live.t.request('GET', '/api/auth/me', { cookie: other })).status).toBe(401);
    const refused = await login(hanna);
    const wrong = await live.t.request('POST', '/api/auth/login', { body: { email: hanna.email, password: 'helemaal-verkeerd-wachtwoord' } });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(wrong.body);
    expect(refused.body.error.code).toBe('invalid_credentials');
    // Deactivating twice changes nothing and logs nothing new.
    expect((await act(admin, 'deactivate', hanna.id)).status).toBe(200);

    const back = await act(admin, 'reactivate', hanna.id);
    expect(back.body).toMatchObject({ id: hanna.id, deactivatedAt: null });
    const again = await login(hanna);
    expect(again.status).toBe(200);
    expect((await live.t.request('GET', '/api/auth/me', { cookie: sessionCookie(again) })).status).toBe(200);
  });

  it('lists every network, members-only and archived too, with members and facilitators', async () => {
    const admin = await live.t.fixtures.person('Beheer', { isPlatformAdmin: true });
    const [jan, kim] = [await live.t.fixtures.person('Jan'), await live.t.fixtures.person('Kim')];
    const closed = await live.t.fixtures.network({ facilitators: [jan], members: [kim] }, { name: 'Besloten Kring Overzicht', visibility: 'members' });
    const archived = await live.t.fixtures.network({ facilitators: [kim] }, { name: 'Gearchiveerde Kring Overzicht', archived: true });

    const res = await get(admin, '/api/admin/networks?q=kring%20overzicht');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1 });
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: closed, visibility: 'members', archivedAt: null, memberCount: 2, facilitators: [{ id: jan.id, displayName: 'Jan' }] }),
      expect.objectContaining({ id: archived, archivedAt: expect.any(String), memberCount: 1 }),
    ]);
    expect((await get(admin, '/api/admin/networks?pageSize=0')).body.error.fields).toHaveProperty('pageSize');
    expect((await get(jan, '/api/admin/networks')).status).toBe(403);
    expect((await get(undefined, '/api/admin/networks')).status).toBe(401);
  });

  it('keeps an audit log of every admin action, newest first', async () => {
    const admin = await live.t.fixtures.person('Auditor', { isPlatformAdmin: true });
    const ivo = await live.t.fixtures.person('Ivo');
    await act(admin, 'deactivate', ivo.id);
    await act(admin, 'deactivate', ivo.id);
    await act(admin, 'reactivate', ivo.id);

    const res = await get(admin, '/api/admin/audit?pageSize=100');
    expect(res.status).toBe(200);
    const mine = res.body.items.filter((e: { target: { id: string } | null }) => e.target?.id === ivo.id);
    expect(mine).toEqual([
      expect.objectContaining({ action: 'user.reactivated', actor: { id: admin.id, displayName: 'Auditor' }, target: { kind: 'person', id: ivo.id, displayName: 'Ivo' }, reason: '', at: expect.any(String) }),
      expect.objectContaining({ action: 'user.deactivated', actor: { id: admin.id, displayName: 'Auditor' } }),
    ]);
    const page = await get(admin, '/api/admin/audit?pageSize=1');
    expect(page.body).toMatchObject({ pageSize: 1, page: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
  });
});
