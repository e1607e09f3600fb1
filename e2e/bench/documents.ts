// Co-editing benchmark against Hocuspocus: N people on one document (10 of them typing 5 characters a
// second, the rest reading), the delay from one editor's keystroke to its arrival at every other
// editor, and the servers' memory. Broedplaats (the built API: sessions, access check, every update
// stored in the database before it is passed on) and a plain Hocuspocus 3 server (documents in memory)
// each run as a child process, fresh for every N; the editors run in a process of their own
// (doc-editors.ts); the two servers take turns, round by round.
//   npx tsx e2e/bench/documents.ts            N = 10, 50, 100, 200, 3 rounds of 10 s per server
//   npx tsx e2e/bench/documents.ts --smoke    N = 10, 1 round of 2 s (CI)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Network } from '@broedplaats/contracts';
import { call } from '../src/support/api';
import { repoRoot, startApi, type RunningApi } from '../src/support/server';
import { startChild, type Child } from './child';
import type { EditorsJob, EditorsResult } from './doc-editors';
import { percentile } from './stats';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [10] : (process.argv.find((a) => a.startsWith('--n='))?.slice(4).split(',').map(Number) ?? [10, 50, 100, 200]);
const rounds = smoke ? 1 : 3;
const seconds = smoke ? 2 : 10;
const TYPERS = 10;
const CPS = 5;
const password = 'bench-wachtwoord-1';
/** `--only=hocuspocus` or `--only=broedplaats`: one server alone (no ratios). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

type Server = { name: 'broedplaats' | 'hocuspocus'; job: Omit<EditorsJob, 'n' | 'typers' | 'cps' | 'seconds'>; pid: number; stop: () => Promise<void> };
type Tally = { delays: number[]; expected: number; seen: number; rssGrowth: number[] };

const rssKb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

async function ours(): Promise<Server> {
  const api: RunningApi = await startApi();
  const fac = await call(`${api.url}/api/auth/register`, 'POST', { email: 'bench-doc@example.nl', password, displayName: 'Bench' });
  const network = (await call<Network>(`${api.url}/api/networks`, 'POST', { name: 'Benchmarknetwerk documenten', province: 'Utrecht', type: 'learning-network' }, fac.cookie)).json;
  const page = await call<{ id: string }>(`${api.url}/api/networks/${network.id}/practice-pages`, 'POST', { title: 'Benchmarkpagina' }, fac.cookie);
  if (!page.json?.id) throw new Error(`could not make a practice page: ${JSON.stringify(page.json)}`);
  return { name: 'broedplaats', job: { target: 'broedplaats', url: api.url, cookie: fac.cookie, documentId: page.json.id }, pid: api.pid()!, stop: () => api.stop() };
}

async function hocuspocus(): Promise<Server> {
  const child: Child = await startChild('hocuspocus-server.ts');
  const [port, pid] = child.words;
  return { name: 'hocuspocus', job: { target: 'hocuspocus', url: `ws://127.0.0.1:${port}`, documentId: 'benchmark-document' }, pid: Number(pid), stop: child.stop };
}

/** Runs the editors' process; `connected` is called while all of them are in, before typing starts. */
function runEditors(job: EditorsJob, connected: () => void): Promise<EditorsResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'doc-editors.ts')], {
      env: { ...process.env, BENCH_EDITORS: JSON.stringify(job) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('connected\n') && !out.includes('connected-seen')) {
        out = out.replace('connected\n', 'connected-seen\n');
        connected();
      }
    });
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return fail(new Error(`editors (${job.target}, N=${job.n}) exited ${code}`));
      ok(JSON.parse(line) as EditorsResult);
    });
  });
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–').padStart(7);
const mb = (kb: number) => (kb / 1024).toFixed(1).padStart(6);

async function main(): Promise<void> {
  const table: string[] = [];
  const ratios: string[] = [];
  const under100: Record<string, number> = { broedplaats: 0, hocuspocus: 0 };
  for (const n of sizes) {
    const servers = [only !== 'hocuspocus' ? await ours() : null, only !== 'broedplaats' ? await hocuspocus() : null].filter((s): s is Server => s !== null);
    const tally: Record<string, Tally> = Object.fromEntries(servers.map((s) => [s.name, { delays: [], expected: 0, seen: 0, rssGrowth: [] }]));
    try {
      const idle = Object.fromEntries(servers.map((s) => [s.name, rssKb(s.pid)]));
      for (let round = 0; round < rounds; round++) {
        for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
          const result = await runEditors({ ...server.job, n, typers: Math.min(TYPERS, n), cps: CPS, seconds }, () => tally[server.name].rssGrowth.push(rssKb(server.pid) - idle[server.name]));
          const t = tally[server.name];
          t.delays.push(...result.delays);
          t.expected += result.expected;
          t.seen += result.seen;
        }
      }
    } finally {
      for (const s of servers) await s.stop();
    }
    for (const name of servers.map((s) => s.name)) {
      const t = tally[name];
      const growth = Math.max(...t.rssGrowth);
      const p95 = percentile(t.delays, 95);
      if (p95 < 100) under100[name] = Math.max(under100[name], n);
      table.push(
        `${String(n).padStart(4)} ${name.padEnd(12)} ${ms(percentile(t.delays, 50))} ${ms(p95)} ${ms(percentile(t.delays, 99))} ${String(t.seen).padStart(8)}/${String(t.expected).padEnd(8)} ${mb(growth)} ${((growth / n) | 0).toString().padStart(8)}`,
      );
    }
    const p = (name: string, q: number) => percentile(tally[name]?.delays ?? [], q);
    ratios.push(`${String(n).padStart(4)}   p50 ${(p('broedplaats', 50) / p('hocuspocus', 50)).toFixed(2)}   p95 ${(p('broedplaats', 95) / p('hocuspocus', 95)).toFixed(2)}   p99 ${(p('broedplaats', 99) / p('hocuspocus', 99)).toFixed(2)}`);
  }
  process.stdout.write(
    `\nOne document, N editors, ${Math.min(TYPERS, Math.min(...sizes))}–${TYPERS} typing ${CPS} characters/s, ${rounds} round(s) of ${seconds} s per server (alternating).\n` +
      'Delay: from a keystroke to its arrival at each other editor, ms. Memory: growth of the server process\'s RSS\n' +
      'with the document open by all N (the largest of the rounds), MB, and that divided by N, KB.\n' +
      `   N server           p50     p95     p99   arrived/expected    MB  KB/editor\n${table.join('\n')}\n\n` +
      `ratio Broedplaats / Hocuspocus\n${ratios.join('\n')}\n` +
      `largest N with p95 under 100 ms: Broedplaats ${under100.broedplaats || '–'}, Hocuspocus ${under100.hocuspocus || '–'}\n` +
      'goal: p95 ratio <= 1 at every N, and Broedplaats\'s largest N at least Hocuspocus\'s\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
