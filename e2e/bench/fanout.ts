// Fan-out benchmark: how long a network change takes to reach N members' open sockets, through the
// whole product (HTTP, auth, database, domain event, room) against a bare socket.io server
// broadcasting the same payload. Both run on this machine, in alternating rounds, in one command.
//   npx tsx e2e/bench/fanout.ts            N = 50, 200, 500
//   npx tsx e2e/bench/fanout.ts --smoke    N = 20, a few rounds (CI)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Invitation, Network } from '@broedplaats/contracts';
import { call } from '../src/support/api';
import { repoRoot, startApi } from '../src/support/server';
import { measure } from './arrivals';
import { fmt, percentile } from './stats';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [20] : [50, 200, 500];
const rounds = smoke ? 4 : 20;
const password = 'bench-wachtwoord-1';

type Target = { name: string; connect: (n: number) => Promise<Socket[]>; trigger: (marker: string) => Promise<void> };

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)))));
  }
  return out;
}

function connectAll(url: string, cookies: (string | undefined)[]): Promise<Socket[]> {
  return inBatches(cookies.length, 50, (i) => new Promise<Socket>((ok, fail) => {
    const socket = io(url, { transports: ['websocket'], extraHeaders: cookies[i] ? { cookie: cookies[i] as string } : {}, reconnection: false });
    socket.once('connect', () => ok(socket));
    socket.once('connect_error', fail);
  }));
}


/** One table row: p50 and p99 of both targets and their ratios. */
function row(label: string, [ours, base]: number[][]): string {
  const ratio = (q: number) => (percentile(ours, q) / Math.max(percentile(base, q), 0.01)).toFixed(2).padStart(6);
  return `${label.padStart(12)} | ${fmt(percentile(ours, 50))} ${fmt(percentile(ours, 99))} | ${fmt(percentile(base, 50))} ${fmt(percentile(base, 99))} | ${ratio(50)} ${ratio(99)}`;
}

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'bare-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ok) => child.stdout?.on('data', (d) => ok(Number(String(d).split(' ')[1]))));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function main() {
  const api = await startApi();
  const bare = await startBare();
  try {
    const facilitator = await call(`${api.url}/api/auth/register`, 'POST', { email: 'bench-f@example.nl', password, displayName: 'Bench facilitator' });
    const network = (await call<Network>(`${api.url}/api/networks`, 'POST', { name: 'Benchmarknetwerk', province: 'Utrecht', type: 'learning-network' }, facilitator.cookie)).json;
    const invitation = await call<Invitation>(`${api.url}/api/networks/${network.id}/invitations`, 'POST', { category: 'professional', reusable: true, expiresInDays: 1 }, facilitator.cookie);
    const maxN = Math.max(...sizes);
    process.stdout.write(`registering ${maxN} members through the invitation link…\n`);
    const members = await inBatches(maxN, 10, (i) =>
      call(`${api.url}/api/auth/register`, 'POST', { email: `bench-${i}@example.nl`, password, displayName: `Lid ${i}`, invitationToken: invitation.json.token }).then((r) => r.cookie),
    );
    let lastNetwork = network;

    const targets: Target[] = [
      {
        name: 'broedplaats',
        connect: (n) => connectAll(api.url, members.slice(0, n)),
        trigger: async (marker) => {
          lastNetwork = (await call<Network>(`${api.url}/api/networks/${network.id}`, 'PATCH', { domain: marker }, facilitator.cookie)).json;
        },
      },
      {
        name: 'bare socket.io',
        connect: (n) => connectAll(bare.url, Array.from({ length: n }, () => undefined)),
        trigger: async (marker) => {
          const res = await fetch(`${bare.url}/broadcast`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ network: { ...lastNetwork, domain: marker } }),
          });
          if (!res.ok) throw new Error(`bare broadcast: ${res.status}`);
        },
      },
    ];

    const rows: string[] = [];
    for (const n of sizes) {
      const sockets = await Promise.all(targets.map((t) => t.connect(n)));
      const delays: number[][] = targets.map(() => []);
      const spreads: number[][] = targets.map(() => []);
      for (let round = 0; round < rounds + 2; round++) {
        for (let t = 0; t < targets.length; t++) {
          const result = await measure(sockets[t], targets[t].trigger, `n${n}-r${round}-t${t}`);
          if (round < 2) continue; // two warm-up rounds are not counted
          delays[t].push(...result);
          // The fan-out alone: how long after the round's first arrival each socket got it.
          const first = Math.min(...result);
          spreads[t].push(...result.map((d) => d - first));
        }
      }
      sockets.flat().forEach((s) => s.disconnect());
      rows.push(row(`${n}`, delays), row(`${n} fan-out`, spreads));
    }
    process.stdout.write(
      `\nnetwork.updated to N members, ${rounds} rounds per target (alternating), ms.\n` +
        '"N": from the trigger (HTTP request: for Broedplaats with session, permission check and database\n' +
        'transaction) to arrival. "N fan-out": from the round\'s first arrival to each arrival.\n' +
        `           N | broedplaats p50      p99 | bare socket.io p50 p99 | ratio p50    p99\n${rows.join('\n')}\n` +
        'goal: p99 ratio <= 1.3\n',
    );
  } finally {
    bare.stop();
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
