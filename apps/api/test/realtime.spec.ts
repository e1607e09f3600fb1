import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';
import { connect } from './support/sockets';

describe.each(testDatabases())('realtime on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const open = (who: Account) => live.open(who);

  /** A network with a facilitator, a plain member and an outsider, all online. */
  async function scene() {
    const f = live.t.fixtures;
    const [fac, mem, out] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Otto')]);
    const networkId = await f.network({ facilitators: [fac], members: [mem] }, { visibility: 'public' });
    const [facIn, memIn, outIn] = await Promise.all([open(fac), open(mem), open(out)]);
    return { fac, mem, out, networkId, facIn, memIn, outIn };
  }

  it('refuses a handshake without a session cookie, or with a dead one', async () => {
    await expect(connect(live.base)).rejects.toMatchObject({ message: 'unauthenticated' });
    await expect(connect(live.base, 'een-verzonnen-token-dat-niet-bestaat')).rejects.toMatchObject({ message: 'unauthenticated' });
  });

  it('sends network.updated to members only', async () => {
    const { fac, networkId, memIn, outIn, facIn } = await scene();
    await live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Nieuwe naam' } });
    const event = await memIn.next('network.updated');
    expect(event.network).toMatchObject({ id: networkId, name: 'Nieuwe naam' });
    expect(event.network).not.toHaveProperty('myRole');
    await facIn.next('network.updated');
    await outIn.settle();
    expect(outIn.all('network.updated')).toHaveLength(0);
  });

  it('sends invitation events to facilitators only, never to plain members', async () => {
    const { fac, networkId, facIn, memIn, outIn } = await scene();
    const created = await live.t.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'student' } });
    expect((await facIn.next('invitation.created')).invitation.token).toBe(created.body.token);
    await live.t.request('DELETE', `/api/networks/${networkId}/invitations/${created.body.id}`, { cookie: fac.cookie });
    expect((await facIn.next('invitation.updated')).invitation.state).toBe('revoked');
    await Promise.all([memIn.settle(), outIn.settle()]);
    expect(memIn.all('invitation.created')).toHaveLength(0);
    expect(memIn.all('invitation.updated')).toHaveLength(0);
    expect(outIn.all('invitation.created')).toHaveLength(0);
  });

  it('announces a join to members and puts the newcomer’s open socket in the room at once', async () => {
    const { fac, out, networkId, memIn, outIn } = await scene();
    const token = await live.t.invite(fac, networkId, { category: 'citizen' });
    await live.t.join(out, token);
    const joined = await memIn.next('member.joined', (p) => p.member.userId === out.id);
    expect(joined.member).toMatchObject({ role: 'member', category: 'citizen', displayName: 'Otto' });
    await live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { region: 'Almere-Haven' } });
    expect((await outIn.next('network.updated')).network.region).toBe('Almere-Haven');
  });

  it('takes a removed member out of the room at once', async () => {
    const { fac, mem, networkId, memIn, facIn } = await scene();
    await live.t.request('DELETE', `/api/networks/${networkId}/members/${mem.id}`, { cookie: fac.cookie });
    expect(await memIn.next('member.removed')).toEqual({ networkId, userId: mem.id });
    await facIn.next('member.removed');
    await live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { region: 'Na verwijderen' } });
    await facIn.next('network.updated', (p) => p.network.region === 'Na verwijderen');
    await memIn.settle();
    expect(memIn.all('network.updated')).toHaveLength(0);
  });

  it('moves a promoted member into the facilitators’ room and a demoted one out', async () => {
    const { fac, mem, networkId, memIn } = await scene();
    await live.t.request('PATCH', `/api/networks/${networkId}/members/${mem.id}`, { cookie: fac.cookie, body: { role: 'facilitator' } });
    expect((await memIn.next('member.updated')).member.role).toBe('facilitator');
    await live.t.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'other' } });
    await memIn.next('invitation.created');
    await live.t.request('PATCH', `/api/networks/${networkId}/members/${mem.id}`, { cookie: fac.cookie, body: { role: 'member' } });
    await memIn.next('member.updated', (p) => p.member.role === 'member');
    await live.t.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'other' } });
    await memIn.settle();
    expect(memIn.all('invitation.created')).toHaveLength(1);
  });

  it('tells members when the network is archived', async () => {
    const { fac, networkId, memIn, outIn } = await scene();
    await live.t.request('POST', `/api/networks/${networkId}/archive`, { cookie: fac.cookie });
    expect(await memIn.next('network.archived')).toEqual({ networkId });
    await outIn.settle();
    expect(outIn.all('network.archived')).toHaveLength(0);
  });

  it('keeps presence: who is online, pushed on connect and disconnect, and asked with presence.list', async () => {
    const { fac, mem, networkId, facIn, memIn } = await scene();
    const both = await facIn.next('presence.changed', (p) => p.online.length === 2);
    expect(both.online.map((u) => u.userId).sort()).toEqual([fac.id, mem.id].sort());
    const answer = await facIn.socket.emitWithAck('presence.list', { networkId });
    expect(answer).toEqual({ online: both.online });
    facIn.forget();
    memIn.socket.close(); // Mira goes offline
    const alone = await facIn.next('presence.changed', (p) => p.online.length === 1);
    expect(alone.online).toEqual([{ userId: fac.id, displayName: 'Fenna' }]);
  });

  it('shows a new name in presence at once, without a database read per count', async () => {
    const { mem, networkId, facIn } = await scene();
    await facIn.next('presence.changed', (p) => p.online.length === 2);
    expect((await live.t.request('PATCH', '/api/auth/me', { cookie: mem.cookie, body: { displayName: 'Mira Nieuw' } })).status).toBe(200);
    const renamed = await facIn.next('presence.changed', (p) => p.online.some((u) => u.displayName === 'Mira Nieuw'));
    expect(renamed.online.map((u) => u.displayName).sort()).toEqual(['Fenna', 'Mira Nieuw']);
    expect(await facIn.socket.emitWithAck('presence.list', { networkId })).toEqual({ online: renamed.online });
  });

  it('answers a bad presence.list payload with an error ack and keeps working', async () => {
    const { networkId, memIn, outIn } = await scene();
    const bad = await memIn.socket.emitWithAck('presence.list', { networkId: 'geen-uuid' });
    expect(bad).toMatchObject({ error: { code: 'validation_failed', fields: { networkId: expect.any(String) } } });
    const nothing = await (memIn.socket.emitWithAck as (event: string, payload: unknown) => Promise<unknown>)('presence.list', null);
    expect(nothing).toMatchObject({ error: { code: 'validation_failed' } });
    const outsider = await outIn.socket.emitWithAck('presence.list', { networkId });
    expect(outsider).toMatchObject({ error: { code: 'forbidden' } });
    const good = await memIn.socket.emitWithAck('presence.list', { networkId });
    expect(good).toHaveProperty('online');
  });

  it('disconnects the sockets of a session that logs out, and only those', async () => {
    const { fac, facIn, memIn } = await scene();
    const dropped = new Promise<string>((resolve) => facIn.socket.once('disconnect', resolve));
    await live.t.request('POST', '/api/auth/logout', { cookie: fac.cookie });
    expect(await dropped).toBe('io server disconnect');
    expect(memIn.socket.connected).toBe(true);
  });
});
