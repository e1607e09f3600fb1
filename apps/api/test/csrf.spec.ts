import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { SESSION_COOKIE } from '@broedplaats/contracts';
import { TestApp, type Account } from './support/app';
import { testDatabases } from './support/databases';
import { operationsOf, type Operation } from './support/hostile-input';

/**
 * A cross-site form can send a POST with the victim's cookie and a text/plain body, but cannot set
 * our header. It once got through by spelling the path another way (`/%61pi/…`, an absolute-form
 * target). Every state-changing route, in every spelling, must refuse it and change nothing.
 */
type Raw = { status: number; body: string };

/** One HTTP/1.1 request written byte for byte, as an attacker's client would (no URL normalising). */
function rawRequest(port: number, method: string, target: string, headers: Record<string, string>, body = ''): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const lines = [`${method} ${target} HTTP/1.1`, `host: 127.0.0.1:${port}`, 'connection: close', `content-length: ${Buffer.byteLength(body)}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      resolve({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

/** Ways to write the same path that a router or a prefix check may treat differently. */
const spellings: Array<[string, (path: string, port: number) => string]> = [
  ['as is', (p) => p],
  ['percent-encoded letter in the prefix', (p) => p.replace('/api/', '/%61pi/')],
  ['percent-encoded letter later on', (p) => p.replace(/\/([a-z])([a-z]*)$/, (_m, first: string, rest: string) => `/%${first.charCodeAt(0).toString(16)}${rest}`)],
  ['upper-case prefix', (p) => p.replace('/api/', '/API/')],
  ['double leading slash', (p) => `/${p}`],
  ['double slash inside', (p) => p.replace('/api/', '/api//')],
  ['a dot segment', (p) => p.replace('/api/', '/api/./')],
  ['a trailing slash', (p) => `${p}/`],
  ['a trailing dot', (p) => `${p}.`],
  ['a query string', (p) => `${p}?via=form`],
  ['absolute form', (p, port) => `http://127.0.0.1:${port}${p}`],
  ['absolute form with an encoded prefix', (p, port) => `http://127.0.0.1:${port}${p.replace('/api/', '/%61pi/')}`],
];

// Decided before any SQL runs, so one database is enough.
describe('CSRF defence', () => {
  let t: TestApp;
  let port: number;
  let victim: Account;
  let attacker: Account;
  let victimNetworkId: string;
  let attackerNetworkId: string;
  let attackerToken: string;
  let operations: Operation[];

  beforeAll(async () => {
    const [, db] = testDatabases()[0];
    t = await TestApp.start(db);
    port = Number(new URL(await t.listen()).port);
    [victim, attacker] = await Promise.all([t.signUp('Vera'), t.signUp('Aart')]);
    victimNetworkId = (await t.createNetwork(victim)).id;
    attackerNetworkId = (await t.createNetwork(attacker, { visibility: 'public' })).id;
    attackerToken = await t.invite(attacker, attackerNetworkId, { category: 'citizen', reusable: true });
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    operations = operationsOf(doc).filter((op) => op.method !== 'GET');
  });
  afterAll(() => t.close());

  const fill = (op: Operation) =>
    op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (name === 'networkId') return victimNetworkId;
      if (name === 'token') return attackerToken;
      if (name === 'userId') return victim.id;
      return randomUUID();
    });

  it('has state-changing routes to sweep', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.map((op) => op.path)).toEqual(expect.arrayContaining(['/api/networks/{networkId}/archive', '/api/auth/logout', '/api/invitations/{token}/accept']));
  });

  it('refuses a cookie-only, text/plain request to every state-changing route in every spelling, and nothing changes', async () => {
    const formLike = { cookie: `${SESSION_COOKIE}=${victim.cookie}`, 'content-type': 'text/plain' };
    const got: string[] = [];
    for (const op of operations) {
      for (const [name, spell] of spellings) {
        const target = spell(fill(op), port);
        const res = await rawRequest(port, op.method, target, formLike, 'name=Overgenomen');
        // 403 from the CSRF check; a router that cannot parse the spelling may answer 400/404 first.
        if (![403, 400, 404].includes(res.status) || (res.status === 403 && !res.body.includes('csrf_failed'))) {
          got.push(`${op.method} ${target} (${name}): ${res.status} ${res.body.slice(0, 80)}`);
        }
      }
    }
    expect(got).toEqual([]);
    // Nothing changed: the victim is still signed in, the network is active, no foreign membership.
    expect((await t.request('GET', '/api/auth/me', { cookie: victim.cookie })).status).toBe(200);
    const network = await t.request('GET', `/api/networks/${victimNetworkId}`, { cookie: victim.cookie });
    expect(network.body).toMatchObject({ status: 'active', myRole: 'facilitator' });
    expect((await t.request('GET', `/api/networks/${attackerNetworkId}`, { cookie: victim.cookie })).body.myRole ?? null).toBeNull();
  });

  it('refuses a request with the header that a browser marks as cross-site or from another origin', async () => {
    const base = { cookie: victim.cookie };
    const crossSite = await t.request('POST', '/api/auth/logout', { ...base, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite).toMatchObject({ status: 403, body: { error: { code: 'csrf_failed' } } });
    const sameSite = await t.request('POST', '/api/auth/logout', { ...base, headers: { 'sec-fetch-site': 'same-site' } });
    expect(sameSite.status).toBe(403);
    const otherOrigin = await t.request('POST', '/api/auth/logout', { ...base, headers: { origin: 'https://evil.example' } });
    expect(otherOrigin).toMatchObject({ status: 403, body: { error: { code: 'csrf_failed' } } });
    const nullOrigin = await t.request('POST', '/api/auth/logout', { ...base, headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    expect((await t.request('GET', '/api/auth/me', { cookie: victim.cookie })).status).toBe(200);
  });

  it('accepts the same request from its own origin', async () => {
    const own = await t.signUp('Eigen');
    const res = await t.request('POST', '/api/auth/logout', {
      cookie: own.cookie,
      headers: { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(204);
  });

  it('refuses a text/plain body even with the header (415), before any handler runs', async () => {
    const res = await rawRequest(port, 'PATCH', `/api/networks/${victimNetworkId}`, {
      cookie: `${SESSION_COOKIE}=${victim.cookie}`,
      'content-type': 'text/plain',
      'x-broedplaats-csrf': '1',
    }, '{"name":"Via tekst"}');
    expect(res.status).toBe(415);
    const network = await t.request('GET', `/api/networks/${victimNetworkId}`, { cookie: victim.cookie });
    expect(network.body.name).not.toBe('Via tekst');
  });
});
