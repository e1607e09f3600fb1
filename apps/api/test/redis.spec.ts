import { randomUUID } from 'node:crypto';
import { TestApp } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { connect, Inbox, type Client } from './support/sockets';

const redisUrl = process.env.BP_TEST_REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) console.warn('[redis.spec] SKIPPED: no Redis at 127.0.0.1:6379');

/**
 * Two API instances share one database and one Redis (with a stream name of their own): a change
 * made over HTTP on instance A reaches a socket connected to instance B.
 */
describeWithRedis.each(testDatabases())('two instances over Redis on %s', (_kind, db: TestDatabase) => {
  let a: TestApp;
  let b: TestApp;
  let baseB: string;
  let closeDatabase: () => Promise<void>;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const database = await db.open();
    closeDatabase = database.close;
    const shared = { ...database, close: async () => undefined }; // each app must not close it under the other
    const env = { REDIS_URL: redisUrl!, REDIS_PREFIX: `bp-test-${randomUUID()}` };
    a = await TestApp.start(shared, env);
    b = await TestApp.start(shared, env);
    await a.listen();
    baseB = await b.listen();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await b?.close();
    await a?.close();
    await closeDatabase?.();
  });

  it('reports Redis in health', async () => {
    const res = await a.request('GET', '/api/health');
    expect(res.body.redis).toEqual({ status: 'up' });
  });

  it('delivers a change made on A to a member connected to B, and not to an outsider on B', async () => {
    const fac = await a.signUp('Fenna');
    const mem = await a.signUp('Mira');
    const out = await a.signUp('Otto');
    const network = await a.createNetwork(fac);
    await a.join(mem, await a.invite(fac, network.id));
    const memSocket = await connect(baseB, mem.cookie);
    const outSocket = await connect(baseB, out.cookie);
    sockets.push(memSocket, outSocket);
    const memIn = new Inbox(memSocket);
    const outIn = new Inbox(outSocket);

    await a.request('PATCH', `/api/networks/${network.id}`, { cookie: fac.cookie, body: { name: 'Via Redis' } });
    expect((await memIn.next('network.updated')).network.name).toBe('Via Redis');

    // Presence counts sockets on every instance: a facilitator on A sees the member on B.
    const facSocket = await connect(`http://127.0.0.1:${(a.app.getHttpServer().address() as { port: number }).port}`, fac.cookie);
    sockets.push(facSocket);
    // Instances find each other by heartbeat on the Redis stream; right after start, one may not know
    // the other yet, so ask until the answer is complete (or give up after 6 s).
    const everyone = [fac.id, mem.id].sort();
    let seen: string[] = [];
    for (const deadline = Date.now() + 6000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      const online = await facSocket.emitWithAck('presence.list', { networkId: network.id });
      seen = 'online' in online ? online.online.map((u) => u.userId).sort() : [];
      if (seen.length === everyone.length) break;
    }
    expect(seen).toEqual(everyone);

    // Removal on A takes the member's socket on B out of the room.
    await a.request('DELETE', `/api/networks/${network.id}/members/${mem.id}`, { cookie: fac.cookie });
    await memIn.next('member.removed');
    await a.request('PATCH', `/api/networks/${network.id}`, { cookie: fac.cookie, body: { name: 'Na verwijderen' } });
    // Barrier: a later change, through the same instance, to networks they do belong to.
    const [memOwn, outOwn] = await Promise.all([a.createNetwork(mem), a.createNetwork(out)]);
    await a.request('PATCH', `/api/networks/${memOwn.id}`, { cookie: mem.cookie, body: { name: 'Eigen van Mira' } });
    await a.request('PATCH', `/api/networks/${outOwn.id}`, { cookie: out.cookie, body: { name: 'Eigen van Otto' } });
    await memIn.next('network.updated', (p) => p.network.id === memOwn.id);
    await outIn.next('network.updated', (p) => p.network.id === outOwn.id);
    expect(memIn.all('network.updated').map((e) => e.network.name)).toEqual(['Via Redis', 'Eigen van Mira']);
    expect(outIn.all('network.updated').map((e) => e.network.name)).toEqual(['Eigen van Otto']);
  });
});
