// Scale-out benchmark: two API instances on the PostgreSQL server and Redis. N member sockets connect
// at once, and 300 ms later a facilitator changes the network through instance A; the delay from that
// HTTP request to arrival is measured on every socket. The sockets connect to instance B (the change
// crosses Redis) or, side by side in alternating rounds, to instance A itself (it does not).
//   npx tsx e2e/bench/scaleout.ts            N = 50, 200, 500; 20 rounds per target
//   npx tsx e2e/bench/scaleout.ts --smoke    N = 20; 4 rounds (CI)
// Needs PostgreSQL (DATABASE_URL, else 127.0.0.1:5432) and Redis (REDIS_URL, else 127.0.0.1:6379).
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { io, type Socket } from 'socket.io-client';
import type { Invitation, Network } from '@broedplaats/contracts';
import { call } from '../src/support/api';
import { startApi, type RunningApi } from '../src/support/server';
import { measure } from './arrivals';
import { findPostgres, freshDatabase } from './postgres';
import { fmt, percentile } from './stats';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [20] : [50, 200, 500];
const rounds = smoke ? 4 : 20;
const SETTLE_BEFORE_TRIGGER_MS = 300;
const password = 'bench-wachtwoord-1';

async function findRedis(): Promise<string | null> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const client = createClient({ url, socket: { connectTimeout: 1500, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return null;
  } finally {
    if (client.isOpen) await client.quit().catch(() => undefined);
  }
}

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)))));
  }
  return out;
}

/** All at once, as after a deploy or a network hiccup: that is when presence used to storm. */
function connectAll(url: string, cookies: string[]): Promise<Socket[]> {
  return Promise.all(
    cookies.map(
      (cookie) =>
        new Promise<Socket>((ok, fail) => {
          const socket = io(url, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
          socket.once('connect', () => ok(socket));
          socket.once('connect_error', fail);
        }),
    ),
  );
}

/** Sends one change through `api` and resolves with each socket's delay from the request to arrival. */
const measureVia = (sockets: Socket[], api: RunningApi, networkId: string, cookie: string, marker: string) =>
  measure(sockets, async (m) => void (await call(`${api.url}/api/networks/${networkId}`, 'PATCH', { domain: m }, cookie)), marker);

const row = (n: number, [cross, local]: number[][]) =>
  `${String(n).padStart(5)} | ${fmt(percentile(cross, 50))} ${fmt(percentile(cross, 99))} | ${fmt(percentile(local, 50))} ${fmt(percentile(local, 99))} | ${(percentile(cross, 99) / Math.max(percentile(local, 99), 0.01)).toFixed(2).padStart(6)}`;

async function main() {
  const [postgres, redis] = [await findPostgres(), await findRedis()];
  if (!postgres || !redis) {
    process.stdout.write(`scale-out benchmark SKIPPED: needs ${postgres ? '' : 'PostgreSQL (DATABASE_URL) '}${redis ? '' : 'Redis (REDIS_URL)'}\n`);
    return;
  }
  const database = await freshDatabase(postgres, 'scaleout');
  const env = { DATABASE_URL: database.url, REDIS_URL: redis, REDIS_PREFIX: `bp-bench-${randomUUID()}` };
  const started: RunningApi[] = [];
  try {
    // Started one by one, each kept for the cleanup below even when the next one fails to start.
    const a = await startApi(env).then((api) => (started.push(api), api));
    const b = await startApi(env).then((api) => (started.push(api), api));
    const facilitator = await call(`${a.url}/api/auth/register`, 'POST', { email: 'scale-f@example.nl', password, displayName: 'Bench facilitator' });
    const network = (await call<Network>(`${a.url}/api/networks`, 'POST', { name: 'Schaalnetwerk', province: 'Utrecht', type: 'learning-network' }, facilitator.cookie)).json;
    const invitation = (await call<Invitation>(`${a.url}/api/networks/${network.id}/invitations`, 'POST', { category: 'professional', reusable: true, expiresInDays: 1 }, facilitator.cookie)).json;
    const maxN = Math.max(...sizes);
    process.stdout.write(`registering ${maxN} members through the invitation link…\n`);
    const members = await inBatches(maxN, 10, (i) =>
      call(`${a.url}/api/auth/register`, 'POST', { email: `scale-${i}@example.nl`, password, displayName: `Lid ${i}`, invitationToken: invitation.token }).then((r) => r.cookie),
    );

    const rows: string[] = [];
    for (const n of sizes) {
      const targets = [b, a]; // sockets on B: the change crosses Redis; on A: it does not
      const delays: number[][] = [[], []];
      for (let round = 0; round < rounds + 1; round++) {
        // Alternate who goes first, so neither always follows the other's disconnect storm.
        for (const t of round % 2 === 0 ? [0, 1] : [1, 0]) {
          const sockets = await connectAll(targets[t].url, members.slice(0, n));
          await new Promise((r) => setTimeout(r, SETTLE_BEFORE_TRIGGER_MS));
          const result = await measureVia(sockets, a, network.id, facilitator.cookie, `n${n}-r${round}-t${t}`);
          if (round > 0) delays[t].push(...result); // the first round warms up
          sockets.forEach((s) => s.disconnect());
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      rows.push(row(n, delays));
      process.stdout.write(`N = ${n} done\n`);
    }
    process.stdout.write(
      `\nnetwork.updated through instance A, ${rounds} rounds per target (alternating), ms from the HTTP request to arrival.\n` +
        `Each round: N member sockets connect at once, ${SETTLE_BEFORE_TRIGGER_MS} ms later the facilitator changes the network.\n` +
        '    N | sockets on B p50     p99 | sockets on A p50     p99 | p99 B/A\n' +
        `${rows.join('\n')}\ngoal: p99 ratio <= 1.3\n`,
    );
  } finally {
    for (const api of started.reverse()) await api.stop();
    await database.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
