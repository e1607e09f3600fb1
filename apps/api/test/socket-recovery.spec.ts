import { randomUUID } from 'node:crypto';
import { SESSION_COOKIE, type ServerEventName } from '@broedplaats/contracts';
import { io } from 'socket.io-client';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { connect, Inbox, type Client } from './support/sockets';

/**
 * Regression for a replay leak: with connection-state recovery on, a socket reconnecting with an old
 * `{ pid, offset }` got the events it missed (a new invitation token included) before any check ran,
 * even after its person was removed, after logout, or without any cookie. Nothing may reach a socket
 * before it is authenticated, and a reconnect gets only what its person may see now.
 */
type Topology = { name: string; redis: boolean };
const redisUrl = process.env.BP_TEST_REDIS_URL;
const topologies: Topology[] = [{ name: 'one instance', redis: false }, ...(redisUrl ? [{ name: 'two instances over Redis', redis: true }] : [])];
if (!redisUrl) console.warn('[socket-recovery.spec] two-instance variant SKIPPED: no Redis at 127.0.0.1:6379');

const cases = testDatabases().flatMap(([kind, db]) => topologies.map((t) => [`${kind}, ${t.name}`, db, t] as const));

describe.each(cases)('no replay on reconnect (%s)', (_name, db: TestDatabase, topology: Topology) => {
  let a: TestApp;
  let b: TestApp;
  let baseB: string;
  let closeDatabase: () => Promise<void>;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const database = await db.open();
    closeDatabase = database.close;
    const shared = { ...database, close: async () => undefined };
    const env: Record<string, string> = topology.redis ? { REDIS_URL: redisUrl!, REDIS_PREFIX: `bp-test-${randomUUID()}` } : {};
    a = await TestApp.start(shared, env);
    b = topology.redis ? await TestApp.start(shared, env) : a;
    await a.listen();
    baseB = topology.redis ? await b.listen() : `http://127.0.0.1:${(a.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    if (b !== a) await b?.close();
    await a?.close();
    await closeDatabase?.();
  });

  /** Connects with the recovery data an attacker would present; records every event from the first byte. */
  function reconnectWith(recovery: { pid?: string; offset?: string }, cookie?: string): { inbox: Inbox & { wire: unknown[] }; ready: Promise<boolean> } {
    const socket: Client = io(baseB, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { pid: recovery.pid ?? randomUUID(), offset: recovery.offset ?? '0-0' },
      extraHeaders: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
    });
    sockets.push(socket);
    // The client library holds back events that arrive before its 'connect'; an attacker's does not,
    // so record every decoded packet off the wire.
    const wire: unknown[] = [];
    socket.io.on('packet', (packet: { type: number; data?: unknown }) => {
      if (packet.type === 2) wire.push(packet.data);
    });
    const inbox = Object.assign(new Inbox(socket), { wire });
    const ready = new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    return { inbox, ready };
  }

  /** A connected socket whose transport then drops, as on a train: the server keeps no session for it now. */
  async function dropAfterConnecting(who: Account, fac: Account, networkId: string): Promise<{ pid?: string; offset?: string }> {
    const socket = await connect(baseB, who.cookie);
    sockets.push(socket);
    const inbox = new Inbox(socket);
    // One event so the client has an offset to present, as a real client would.
    await a.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Voor de onderbreking' } });
    await inbox.next('network.updated', (p) => p.network.id === networkId);
    const recovery = socket as unknown as { _pid?: string; _lastOffset?: string };
    const data = { pid: recovery._pid, offset: recovery._lastOffset };
    socket.io.engine.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return data;
  }

  async function scene() {
    const [fac, other, mem] = await Promise.all([a.signUp('Fenna'), a.signUp('Gerrit'), a.signUp('Mira')]);
    const network = await a.createNetwork(fac);
    await a.join(other, await a.invite(fac, network.id, { category: 'professional', role: 'facilitator' }));
    await a.join(mem, await a.invite(fac, network.id));
    return { fac, other, mem, networkId: network.id as string };
  }

  /** Keeps the network changing while the handshake runs: whatever reaches a socket before its check shows. */
  async function renamingUntil(ready: Promise<boolean>, fac: Account, networkId: string): Promise<boolean> {
    let done = false;
    void ready.then(() => (done = true));
    for (let i = 0; !done; i++) await a.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: `Tijdens de handdruk ${i}` } });
    return ready;
  }

  const networkEvents: ServerEventName[] = ['network.updated', 'invitation.created', 'member.removed', 'member.joined', 'presence.changed'];
  const heardOf = (inbox: Inbox & { wire: unknown[] }, networkId: string) => [
    ...networkEvents.flatMap((e) => inbox.all(e).filter((p) => JSON.stringify(p).includes(networkId)).map(() => e)),
    ...inbox.wire.filter((packet) => JSON.stringify(packet).includes(networkId)).map((packet) => `on the wire: ${JSON.stringify(packet).slice(0, 60)}`),
  ];

  it('gives a removed facilitator nothing of the network when they reconnect with their old recovery data', async () => {
    const { fac, other, networkId } = await scene();
    const recovery = await dropAfterConnecting(other, fac, networkId);
    await a.request('DELETE', `/api/networks/${networkId}/members/${other.id}`, { cookie: fac.cookie });
    await a.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Na het verwijderen' } });
    const invitation = await a.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'professional', role: 'facilitator' } });
    expect(invitation.status).toBe(201);

    const { inbox, ready } = reconnectWith(recovery, other.cookie);
    expect(await ready).toBe(true);
    // Barrier: a change to a network the person still belongs to arrives after anything replayed.
    const own = await a.createNetwork(other);
    await a.request('PATCH', `/api/networks/${own.id}`, { cookie: other.cookie, body: { name: 'Eigen netwerk' } });
    await inbox.next('network.updated', (p) => p.network.id === own.id);
    expect(heardOf(inbox, networkId)).toEqual([]);
    expect(JSON.stringify(inbox.all('invitation.created'))).not.toContain(invitation.body.token);
  });

  it('refuses a logged-out session that presents its recovery data, and delivers nothing first', async () => {
    const { fac, mem, networkId } = await scene();
    const recovery = await dropAfterConnecting(mem, fac, networkId);
    expect((await a.request('POST', '/api/auth/logout', { cookie: mem.cookie })).status).toBe(204);
    await a.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Na het uitloggen' } });

    const { inbox, ready } = reconnectWith(recovery, mem.cookie);
    expect(await renamingUntil(ready, fac, networkId)).toBe(false);
    expect(heardOf(inbox, networkId)).toEqual([]);
  });

  it('refuses a client without a cookie that presents another socket’s recovery data, and delivers nothing first', async () => {
    const { fac, mem, networkId } = await scene();
    const recovery = await dropAfterConnecting(mem, fac, networkId);
    await a.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { name: 'Voor een vreemde' } });
    await a.request('POST', `/api/networks/${networkId}/invitations`, { cookie: fac.cookie, body: { category: 'citizen' } });

    const { inbox, ready } = reconnectWith(recovery);
    expect(await renamingUntil(ready, fac, networkId)).toBe(false);
    expect(heardOf(inbox, networkId)).toEqual([]);
  });

  it('never hands out recovery data at all', async () => {
    const { fac, mem, networkId } = await scene();
    const recovery = await dropAfterConnecting(mem, fac, networkId);
    expect(recovery.pid).toBeUndefined();
  });
});
