import { clientEvents, ErrorBody, type ClientEventName } from '@broedplaats/contracts';
import { CLIENT_EVENTS_PER_SECOND } from '../src/realtime/event-limit';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { connect, type Client } from './support/sockets';

/** Socket events take input too: garbage payloads get an error acknowledgement and never hurt the server. */
describe.each(testDatabases())('hostile socket input on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let base: string;
  let member: Account;
  let networkId: string;
  let otherNetworkId: string;
  let socket: Client;
  const sockets: Client[] = [];
  // Untyped on purpose: the typed client would not let us send garbage.
  const askWithin = (ms: number, event: string, ...args: unknown[]) =>
    (socket.timeout(ms).emitWithAck as (event: string, ...args: unknown[]) => Promise<unknown>)(event, ...args);
  const ask = (event: string, ...args: unknown[]) => askWithin(4000, event, ...args);
  const rawEmit = (client: Client, event: string, ...args: unknown[]) => (client.emit as (event: string, ...args: unknown[]) => unknown)(event, ...args);

  beforeAll(async () => {
    t = await TestApp.start(db);
    base = await t.listen();
    const [facilitator, stranger] = await Promise.all([t.signUp('Fenna'), t.signUp('Sanne')]);
    member = await t.signUp('Mira');
    networkId = (await t.createNetwork(facilitator)).id;
    otherNetworkId = (await t.createNetwork(stranger, { visibility: 'public' })).id;
    await t.join(member, await t.invite(facilitator, networkId));
    socket = await connect(base, member.cookie);
    sockets.push(socket);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  const isRateLimited = (answer: unknown) => (answer as ErrorBody | undefined)?.error?.code === 'rate_limited';
  /** Asks until the per-socket limit has refilled (it refills within a second). */
  const askPatiently = async (event: string, ...args: unknown[]) => {
    for (const deadline = Date.now() + 3000; ; await new Promise((r) => setTimeout(r, 100))) {
      const answer = await ask(event, ...args);
      if (!isRateLimited(answer) || Date.now() > deadline) return answer;
    }
  };
  const stillServing = async () => {
    expect(await askPatiently('presence.list', { networkId })).toEqual({ online: [{ userId: member.id, displayName: 'Mira' }] });
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  };

  // Payloads are functions: the ids exist only once beforeAll has run.
  type Ids = { own: string; other: string };
  const garbage: Array<[string, (ids: Ids) => unknown[], 'validation_failed' | 'forbidden']> = [
    ['no payload at all', () => [], 'validation_failed'],
    ['a string', () => ['network'], 'validation_failed'],
    ['a number', () => [42], 'validation_failed'],
    ['an array', (ids) => [[ids.own]], 'validation_failed'],
    ['null', () => [null], 'validation_failed'],
    ['a binary buffer', () => [Buffer.from('{"networkId":"x"}')], 'validation_failed'],
    ['an object with 10 000 keys', () => [Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))], 'validation_failed'],
    ['a networkId of 500 000 characters', () => [{ networkId: 'x'.repeat(500_000) }], 'validation_failed'],
    ['a non-uuid networkId', () => [{ networkId: 'geen-uuid' }], 'validation_failed'],
    ['a networkId with a NUL character', (ids) => [{ networkId: `${ids.own.slice(0, 35)}\u0000` }], 'validation_failed'],
    ['a networkId of the wrong type', () => [{ networkId: { $ne: null } }], 'validation_failed'],
    ['an unknown uuid', () => [{ networkId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f' }], 'forbidden'],
    ['a network the caller is not in', (ids) => [{ networkId: ids.other }], 'forbidden'],
  ];

  it.each(garbage)('presence.list with %s answers an ErrorBody', async (_name, args, code) => {
    const ack = await ask('presence.list', ...args({ own: networkId, other: otherNetworkId }));
    expect(ErrorBody.safeParse(ack).success).toBe(true);
    expect(ack).toMatchObject({ error: { code } });
  });

  // Every client event in the contracts, by construction: a new one is attacked without anyone adding it.
  const anyEventGarbage: Array<[string, unknown[]]> = [
    ['no payload', []],
    ['a string', ['x']],
    ['a number', [42]],
    ['an array', [[1, 2, 3]]],
    ['null', [null]],
    ['a binary buffer', [Buffer.from('garbage')]],
    ['an object with 10 000 keys', [Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))]],
    ['a string of 500 000 characters', ['x'.repeat(500_000)]],
    ['a NUL character', [{ '\u0000': '\u0000' }]],
  ];
  const everyEvent = (Object.keys(clientEvents) as ClientEventName[]).flatMap((event) => anyEventGarbage.map(([name, args]) => [event, name, args] as const));
  it.each(everyEvent)('%s with %s answers validation_failed in the ErrorBody shape', async (event, _name, args) => {
    const ack = await askPatiently(event, ...args);
    expect(ErrorBody.safeParse(ack).success).toBe(true);
    expect(ack).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('ignores an unknown event (no answer, no crash) and keeps serving', async () => {
    // A socket of its own: the sweep above may have used up the shared one's allowance for this second,
    // and a limited event is answered `rate_limited`, which is not what this is about.
    const fresh = await connect(base, member.cookie);
    sockets.push(fresh);
    await expect((fresh.timeout(500).emitWithAck as (event: string, ...args: unknown[]) => Promise<unknown>)('network.delete', { networkId })).rejects.toThrow(/timed out/);
    rawEmit(fresh, 'presence.list'); // no ack callback either: must not throw on the server
    await stillServing();
  });

  it('answers 300 requests sent at once, each with an ack, and refuses those over the per-socket limit', async () => {
    await askPatiently('presence.list', { networkId }); // start from a full allowance
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => ask('presence.list', i % 2 ? { networkId } : 'garbage')));
    const online = answers.filter((a) => a && typeof a === 'object' && 'online' in a);
    const limited = answers.filter(isRateLimited);
    const invalid = answers.filter((a) => (a as ErrorBody | undefined)?.error?.code === 'validation_failed');
    expect(online.length + limited.length + invalid.length).toBe(300);
    // At most one second's allowance (plus what refilled meanwhile) is handled; the rest never reaches a handler.
    expect(online.length + invalid.length).toBeGreaterThan(0);
    expect(online.length + invalid.length).toBeLessThanOrEqual(2 * CLIENT_EVENTS_PER_SECOND);
    expect(limited.length).toBeGreaterThanOrEqual(300 - 2 * CLIENT_EVENTS_PER_SECOND);
    await stillServing();
  });

  it('handles no more than the per-socket allowance while one socket floods, and keeps serving others', async () => {
    const flooder = await connect(base, member.cookie);
    sockets.push(flooder);
    const answers: unknown[] = [];
    const started = Date.now();
    let flooding = true;
    const flood = (async () => {
      const send = (e: string, p: unknown) => (flooder.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(e, p);
      while (flooding) answers.push(...(await Promise.all(Array.from({ length: 200 }, () => send('presence.list', { networkId })))));
    })();
    const health = await t.request('GET', '/api/health');
    flooding = false;
    await flood;
    const seconds = Math.ceil((Date.now() - started) / 1000);
    const handled = answers.filter((a) => !isRateLimited(a)).length;
    expect(health.status).toBe(200);
    expect(answers.length).toBeGreaterThan(handled);
    expect(handled).toBeLessThanOrEqual(CLIENT_EVENTS_PER_SECOND * (seconds + 1));
  });

  it('drops a socket that sends a frame over the size limit, and only that socket', async () => {
    const greedy = await connect(base, member.cookie);
    sockets.push(greedy);
    const closed = new Promise((resolve) => greedy.once('disconnect', resolve));
    rawEmit(greedy, 'presence.list', { networkId: 'x'.repeat(2_000_000) });
    await expect(closed).resolves.toBeDefined();
    await stillServing();
  });
});
