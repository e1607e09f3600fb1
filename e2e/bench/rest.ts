// REST read benchmark: a signed-in member's GET /api/networks/:id through the whole built API against
// bare Fastify doing the least such a read needs (session by token hash, membership, network row;
// see bare-rest-server.ts), on PGlite in a folder and on the PostgreSQL server, side by side in
// alternating rounds. autocannon drives both the same way: keep-alive, no Accept-Encoding.
//   npx tsx e2e/bench/rest.ts                 2 rounds × 10 s per target, 10 connections
//   npx tsx e2e/bench/rest.ts --smoke         1 round × 2 s (CI)
//   options: --rounds=N --seconds=S --connections=C --only=pglite|postgres
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Invitation, Network } from '@broedplaats/contracts';
import { call } from '../src/support/api';
import { startApi } from '../src/support/server';
import { startChild } from './child';
import { findPostgres, freshDatabase } from './postgres';

const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const smoke = process.argv.includes('--smoke');
const rounds = option('rounds', smoke ? 1 : 2);
const seconds = option('seconds', smoke ? 2 : 10);
const connections = option('connections', 10);
const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
const password = 'bench-wachtwoord-1';

type Target = { name: string; url: string; cookie: string };
type Run = { requests: number; seconds: number; p99: number; bad: number };

async function load(target: Target, duration: number): Promise<Run> {
  const result = await autocannon({ url: target.url, connections, duration, headers: { cookie: target.cookie } });
  const bad = result.non2xx + result.errors + result.timeouts;
  return { requests: result.requests.total, seconds: result.duration, p99: result.latency.p99, bad };
}

/** A member of a network, signed in, through the API as the web does it. */
async function memberRead(base: string): Promise<{ url: string; cookie: string }> {
  const facilitator = await call(`${base}/api/auth/register`, 'POST', { email: 'rest-f@example.nl', password, displayName: 'Bench facilitator' });
  const network = (await call<Network>(`${base}/api/networks`, 'POST', { name: 'Benchmarknetwerk', province: 'Utrecht', type: 'learning-network' }, facilitator.cookie)).json;
  const invitation = (await call<Invitation>(`${base}/api/networks/${network.id}/invitations`, 'POST', { category: 'professional' }, facilitator.cookie)).json;
  const member = await call(`${base}/api/auth/register`, 'POST', { email: 'rest-m@example.nl', password, displayName: 'Bench lid', invitationToken: invitation.token });
  return { url: `${base}/api/networks/${network.id}`, cookie: member.cookie };
}

const rate = (run: Run) => run.requests / run.seconds;
const cell = (run: Run) => `${rate(run).toFixed(0).padStart(8)} ${run.p99.toFixed(1).padStart(7)}${run.bad ? ` (${run.bad} bad)` : ''}`;

async function compare(label: string, env: { api: Record<string, string>; bare: Record<string, string> }): Promise<string[]> {
  const api = await startApi(env.api);
  const bare = await startChild('bare-rest-server.ts', env.bare).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  try {
    const ours = await memberRead(api.url);
    const [port, cookie, networkId] = bare.words;
    const targets: Target[] = [
      { name: 'broedplaats', ...ours },
      { name: 'bare', url: `http://127.0.0.1:${port}/api/networks/${networkId}`, cookie },
    ];
    process.stdout.write(`${label}: warming up…\n`);
    for (const target of targets) await load(target, smoke ? 1 : 3);
    const runs: Run[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      // Alternate who goes first, so neither always runs on a machine the other just warmed.
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const t of order) runs[t].push(await load(targets[t], seconds));
    }
    const rows = runs[0].map((run, i) => `${label.padEnd(9)} ${String(i + 1).padStart(5)} | ${cell(run)} | ${cell(runs[1][i])} | ${(rate(run) / rate(runs[1][i])).toFixed(2).padStart(5)}`);
    const total = (list: Run[]): Run => ({
      requests: list.reduce((n, r) => n + r.requests, 0),
      seconds: list.reduce((n, r) => n + r.seconds, 0),
      p99: Math.max(...list.map((r) => r.p99)),
      bad: list.reduce((n, r) => n + r.bad, 0),
    });
    const [a, b] = runs.map(total);
    rows.push(`${label.padEnd(9)} ${'all'.padStart(5)} | ${cell(a)} | ${cell(b)} | ${(rate(a) / rate(b)).toFixed(2).padStart(5)}`);
    return rows;
  } finally {
    await bare.stop();
    await api.stop();
  }
}

async function main() {
  const rows: string[] = [];
  if (only !== 'postgres') {
    const dataDir = mkdtempSync(join(tmpdir(), 'bp-bench-bare-'));
    try {
      rows.push(...(await compare('pglite', { api: {}, bare: { DATA_DIR: dataDir, DATABASE_URL: '' } })));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (only !== 'pglite') {
    const server = await findPostgres();
    if (!server) rows.push('postgres  SKIPPED: no PostgreSQL server (set DATABASE_URL)');
    else {
      const [apiDb, bareDb] = [await freshDatabase(server, 'api'), await freshDatabase(server, 'bare')];
      try {
        rows.push(...(await compare('postgres', { api: { DATABASE_URL: apiDb.url }, bare: { DATABASE_URL: bareDb.url } })));
      } finally {
        await apiDb.drop();
        await bareDb.drop();
      }
    }
  }
  process.stdout.write(
    `\nGET /api/networks/:id as a member: ${connections} connections, ${rounds} round(s) × ${seconds} s per target (alternating), keep-alive, no Accept-Encoding.\n` +
      '"bare": Fastify + the driver, session by token hash, membership and network row (3 queries), no Nest, no ORM.\n' +
      '"all": requests over all rounds / their time; p99 the worst round.\n' +
      `database  round | broedplaats req/s  p99 ms | bare       req/s  p99 ms | ratio\n${rows.join('\n')}\n` +
      'goal: ratio >= 0.8\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
