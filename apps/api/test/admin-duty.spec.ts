import { FakeClock, TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { connect, type Client } from './support/sockets';

const HOUR_MS = 3600_000;

/**
 * Facilitator-on-duty: a platform admin opens a network they are not in, with a reason, and for four
 * hours manages its profile and people as its facilitators do; never its content, never as a member.
 */
describe.each(testDatabases())('facilitator-on-duty on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let base: string;
  const clock = new FakeClock(Date.now());
  const sockets: Client[] = [];

  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
    base = await t.listen();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  const call = (who: Account | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => t.request(method, url, { cookie: who?.cookie, body });
  const startDuty = (who: Account | undefined, networkId: string, body: unknown = { reason: 'De procesbegeleider is ziek; een lid vraagt om hulp.' }) =>
    call(who, 'POST', `/api/admin/networks/${networkId}/duty`, body);
  const endDuty = (who: Account | undefined, networkId: string) => call(who, 'DELETE', `/api/admin/networks/${networkId}/duty`);

  async function scene() {
    const admin = await t.fixtures.person('Anna Beheer', { isPlatformAdmin: true });
    const fenna = await t.fixtures.person('Fenna');
    const mira = await t.fixtures.person('Mira');
    const kees = await t.fixtures.person('Kees');
    const networkId = await t.fixtures.network({ facilitators: [fenna], members: [mira, kees] }, { name: 'Besloten Wijkteam', visibility: 'members' });
    return { admin, fenna, mira, kees, networkId };
  }

  /** What a facilitator does with profile and people; each answer's status. */
  async function manage(who: Account, networkId: string, { mira, kees }: { mira: Account; kees: Account }) {
    return {
      profile: (await call(who, 'PATCH', `/api/networks/${networkId}`, { region: 'Almere-Haven' })).status,
      invitations: (await call(who, 'GET', `/api/networks/${networkId}/invitations`)).status,
      invite: (await call(who, 'POST', `/api/networks/${networkId}/invitations`, { category: 'citizen' })).status,
      role: (await call(who, 'PATCH', `/api/networks/${networkId}/members/${mira.id}`, { role: 'facilitator' })).status,
      remove: (await call(who, 'DELETE', `/api/networks/${networkId}/members/${kees.id}`)).status,
    };
  }

  it('refuses what is not a start: no reason (400 with fields), an unknown network (404), a non-admin (403), a visitor (401), a member (409)', async () => {
    const { admin, fenna, networkId } = await scene();
    const noReason = await startDuty(admin, networkId, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    expect((await startDuty(admin, networkId, { reason: '  ' })).body.error.fields).toHaveProperty('reason');
    expect((await startDuty(admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await endDuty(admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await startDuty(fenna, networkId)).status).toBe(403);
    expect((await endDuty(fenna, networkId)).status).toBe(403);
    expect((await startDuty(undefined, networkId)).status).toBe(401);
    const memberAdmin = await t.fixtures.person('Lid en beheerder', { isPlatformAdmin: true });
    await t.fixtures.member(networkId, memberAdmin);
    expect((await startDuty(memberAdmin, networkId)).body.error.code).toBe('already_member');
    // Nothing was started: the admin still may not manage.
    expect((await call(admin, 'PATCH', `/api/networks/${networkId}`, { region: 'x' })).status).toBe(403);
    expect((await call(admin, 'GET', `/api/networks/${networkId}`)).body.onDuty).toBeNull();
  });

  it('a plain admin without a shift sees the profile but manages nothing', async () => {
    const { admin, mira, kees, networkId } = await scene();
    expect((await call(admin, 'GET', `/api/networks/${networkId}`)).body).toMatchObject({ myRole: null, onDuty: null });
    expect((await call(admin, 'GET', `/api/networks/${networkId}/members`)).status).toBe(403);
    expect(await manage(admin, networkId, { mira, kees })).toEqual({ profile: 403, invitations: 403, invite: 403, role: 403, remove: 403 });
  });

  it('on duty, an admin changes the profile, invites, changes a role and removes a member, as a facilitator; not a member themselves', async () => {
    const { admin, mira, kees, networkId } = await scene();
    const started = await startDuty(admin, networkId);
    expect(started.status).toBe(201);
    // 4 hours from the clock's now
    expect(started.body).toEqual({ networkId, startedAt: clock.now().toISOString(), endsAt: new Date(clock.now().getTime() + 4 * HOUR_MS).toISOString() });

    const network = await call(admin, 'GET', `/api/networks/${networkId}`);
    expect(network.body).toMatchObject({ myRole: null, onDuty: { endsAt: started.body.endsAt }, memberCount: 3 });
    const members = await call(admin, 'GET', `/api/networks/${networkId}/members`);
    expect(members.status).toBe(200);
    expect(members.body.map((m: { userId: string }) => m.userId)).not.toContain(admin.id);
    // They see engagement as facilitators do.
    expect(members.body[0]).toHaveProperty('engagement');

    expect(await manage(admin, networkId, { mira, kees })).toEqual({ profile: 200, invitations: 200, invite: 201, role: 200, remove: 204 });
    const after = await call(admin, 'GET', `/api/networks/${networkId}/members`);
    expect(after.body.map((m: { userId: string; role: string }) => [m.userId, m.role]).sort()).toEqual(
      expect.arrayContaining([[mira.id, 'facilitator']]),
    );
    expect(after.body.map((m: { userId: string }) => m.userId)).not.toContain(kees.id);
    expect((await call(admin, 'PATCH', `/api/networks/${networkId}`, { region: 'Almere-Haven' })).body.onDuty).toEqual({ endsAt: started.body.endsAt });

    // The admin networks list shows the shift.
    const list = await call(admin, 'GET', '/api/admin/networks?q=Besloten%20Wijkteam&pageSize=100');
    expect(list.body.items.find((n: { id: string }) => n.id === networkId).myDuty).toEqual({ endsAt: started.body.endsAt });
  });

  it('an on-duty admin is no member: no network room, no presence, and no network in “my networks”', async () => {
    const { admin, networkId } = await scene();
    await startDuty(admin, networkId);
    const socket = await connect(base, admin.cookie);
    sockets.push(socket);
    expect(await socket.emitWithAck('presence.list', { networkId })).toMatchObject({ error: { code: 'forbidden' } });
    const mine = await call(admin, 'GET', '/api/networks?scope=mine');
    expect(mine.body.items.map((n: { id: string }) => n.id)).not.toContain(networkId);
  });

  it('ending the shift stops access at once, also right after a read that would have been remembered', async () => {
    const { admin, mira, kees, networkId } = await scene();
    await startDuty(admin, networkId);
    expect((await call(admin, 'GET', `/api/networks/${networkId}/members`)).status).toBe(200);
    expect((await endDuty(admin, networkId)).status).toBe(204);
    expect((await call(admin, 'GET', `/api/networks/${networkId}/members`)).status).toBe(403);
    expect((await call(admin, 'GET', `/api/networks/${networkId}`)).body.onDuty).toBeNull();
    expect(await manage(admin, networkId, { mira, kees })).toEqual({ profile: 403, invitations: 403, invite: 403, role: 403, remove: 403 });
    // Ending again changes and logs nothing.
    expect((await endDuty(admin, networkId)).status).toBe(204);
  });

  it('the shift runs out after four hours, by the clock', async () => {
    const { admin, mira, kees, networkId } = await scene();
    await startDuty(admin, networkId);
    clock.advance(4 * HOUR_MS - 1000);
    expect((await call(admin, 'PATCH', `/api/networks/${networkId}`, { region: 'Nog net' })).status).toBe(200);
    clock.advance(1000);
    expect(await manage(admin, networkId, { mira, kees })).toEqual({ profile: 403, invitations: 403, invite: 403, role: 403, remove: 403 });
    expect((await call(admin, 'GET', `/api/networks/${networkId}`)).body.onDuty).toBeNull();
    const list = await call(admin, 'GET', '/api/admin/networks?q=Besloten%20Wijkteam&pageSize=100');
    expect(list.body.items.find((n: { id: string }) => n.id === networkId).myDuty).toBeNull();
  });

  it('another admin’s shift is not mine', async () => {
    const { admin, networkId } = await scene();
    const other = await t.fixtures.person('Ander Beheer', { isPlatformAdmin: true });
    await startDuty(admin, networkId);
    expect((await call(other, 'PATCH', `/api/networks/${networkId}`, { region: 'x' })).status).toBe(403);
  });

  it('writes the start, with its reason and network, and the end to the audit log', async () => {
    const { admin, networkId } = await scene();
    const reason = 'Een lid meldt dat niemand de uitnodigingen kan beheren.';
    await startDuty(admin, networkId, { reason: `  ${reason} ` });
    await endDuty(admin, networkId);
    const audit = await call(admin, 'GET', '/api/admin/audit?pageSize=100');
    const mine = audit.body.items.filter((e: { target: { id: string } | null }) => e.target?.id === networkId);
    expect(mine).toEqual([
      expect.objectContaining({ action: 'network.duty_ended', actor: { id: admin.id, displayName: 'Anna Beheer' }, target: { kind: 'network', id: networkId, name: 'Besloten Wijkteam' }, reason: '' }),
      expect.objectContaining({ action: 'network.duty_started', target: { kind: 'network', id: networkId, name: 'Besloten Wijkteam' }, reason }),
    ]);
  });
});
