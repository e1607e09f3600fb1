// Agenda benchmark, two parts, one command:
// 1. A live support click (PUT …/support by a member) through the whole product (HTTP, session,
//    permission, row lock, database, domain event, room) to N members' open sockets, against the bare
//    socket.io server broadcasting a question of the same shape, in alternating rounds (as fanout.ts).
// 2. The agenda page's API (GET /api/networks/:id/questions, a page of 20) for a network with 1,000
//    questions and 20,000 supports on PGlite, p50/p99 over 200 requests per query. The questions and
//    supports go straight into the database folder while the API is down.
//   npx tsx e2e/bench/agenda.ts            N = 50, 200, 500; 20 rounds
//   npx tsx e2e/bench/agenda.ts --smoke    N = 20, 4 rounds, 50 list requests (CI; under a minute)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { io, type Socket } from 'socket.io-client';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type Invitation, type Network, type Question, type SharedQuestion } from '@broedplaats/contracts';
import { call } from '../src/support/api';
import { startApi, type RunningApi } from '../src/support/server';
import { startChild } from './child';
import { fmt, percentile } from './stats';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [20] : [50, 200, 500];
const rounds = smoke ? 4 : 20;
const WARM_UP = 2;
const LIST_REQUESTS = smoke ? 50 : 200;
const QUESTIONS = 1000;
const SUPPORTERS = 200;
const password = 'bench-wachtwoord-1';

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)))));
  return out;
}

function connectAll(url: string, cookies: (string | undefined)[]): Promise<Socket[]> {
  return inBatches(cookies.length, 50, (i) => new Promise<Socket>((ok, fail) => {
    const socket = io(url, { transports: ['websocket'], extraHeaders: cookies[i] ? { cookie: cookies[i] as string } : {}, reconnection: false });
    socket.once('connect', () => ok(socket));
    socket.once('connect_error', fail);
  }));
}

/** Fires one change and resolves with each socket's delay from the trigger to the matching event. */
function measure(sockets: Socket[], event: string, matches: (payload: { question: { supportCount: number } }) => boolean, trigger: () => Promise<void>): Promise<number[]> {
  return new Promise((ok, fail) => {
    const delays: number[] = [];
    const started = performance.now();
    const timer = setTimeout(() => fail(new Error(`only ${delays.length}/${sockets.length} received ${event}`)), 30_000);
    for (const socket of sockets) {
      const on = (payload: { question: { supportCount: number } }) => {
        if (!matches(payload)) return;
        socket.off(event, on);
        delays.push(performance.now() - started);
        if (delays.length === sockets.length) {
          clearTimeout(timer);
          ok(delays);
        }
      };
      socket.on(event, on);
    }
    trigger().catch(fail);
  });
}

function row(label: string, [ours, base]: number[][]): string {
  const ratio = (q: number) => (percentile(ours, q) / Math.max(percentile(base, q), 0.01)).toFixed(2).padStart(6);
  return `${label.padStart(12)} | ${fmt(percentile(ours, 50))} ${fmt(percentile(ours, 99))} | ${fmt(percentile(base, 50))} ${fmt(percentile(base, 99))} | ${ratio(50)} ${ratio(99)}`;
}

type Setup = { facilitator: string; members: string[]; live: { networkId: string; question: Question }; listNetworkId: string };

/** Through the API as the web does it: a facilitator, two networks, members joining the live one by link. */
async function setUp(api: RunningApi): Promise<Setup> {
  const facilitator = (await call(`${api.url}/api/auth/register`, 'POST', { email: 'agenda-f@example.nl', password, displayName: 'Bench facilitator' })).cookie;
  const network = (name: string) => call<Network>(`${api.url}/api/networks`, 'POST', { name, province: 'Utrecht', type: 'learning-network' }, facilitator).then((r) => r.json);
  const live = await network('Benchmark live steun');
  const listNetwork = await network('Benchmark lange agenda');
  const invitation = (await call<Invitation>(`${api.url}/api/networks/${live.id}/invitations`, 'POST', { category: 'professional', reusable: true, expiresInDays: 1 }, facilitator)).json;
  const maxN = Math.max(...sizes);
  process.stdout.write(`registering ${maxN} members through the invitation link…\n`);
  const members = await inBatches(maxN, 10, (i) =>
    call(`${api.url}/api/auth/register`, 'POST', { email: `agenda-${i}@example.nl`, password, displayName: `Lid ${i}`, invitationToken: invitation.token }).then((r) => r.cookie),
  );
  const body = { title: 'Hoe zien we eerder dat een gezin geldzorgen heeft?', situation: 'Vaak horen we pas van schulden als de huur al maanden niet betaald is.' };
  const question = (await call<Question>(`${api.url}/api/networks/${live.id}/questions`, 'POST', body, facilitator)).json;
  return { facilitator, members, live: { networkId: live.id, question }, listNetworkId: listNetwork.id };
}

/**
 * 1,000 questions and exactly 20,000 supports from 200 members, straight into the folder: questions
 * are taken in pairs that get 20 ± d supporters (d from 0 to 20), so counts vary and sum to 20 each.
 */
async function fillAgenda(dataDir: string, networkId: string): Promise<number> {
  const db = await PGlite.create(dataDir);
  try {
    await db.exec(`
      insert into users (email, password_hash, display_name)
        select 'agenda-supporter-' || i || '@example.nl', 'not-a-hash', 'Steuner ' || i from generate_series(1, ${SUPPORTERS}) i;
      insert into memberships (network_id, user_id, role, category)
        select '${networkId}', id, 'member', 'professional' from users where email like 'agenda-supporter-%';
      insert into questions (network_id, title, situation, theme_ids, origin, commissioned_by, status, proposer_id, created_at, status_changed_at)
        select '${networkId}', 'Kennisvraag ' || i || ': hoe bereiken we bewoners eerder?', repeat('De situatie in de wijk. ', 12),
          array[(array['preventie-vroegsignalering', 'eenzaamheid-sociaal-isolement', 'armoede-en-participatie', 'lerend-werken'])[1 + i % 4]],
          case when i % 7 = 0 then 'commissioned' else 'practice' end, case when i % 7 = 0 then 'Gemeente Utrecht' else '' end,
          (array['proposed', 'on-agenda', 'in-progress', 'answered', 'set-aside'])[1 + i % 5],
          (select id from users where email = 'agenda-supporter-' || (1 + i % ${SUPPORTERS}) || '@example.nl'),
          now() - i * interval '1 hour', now() - i * interval '1 hour'
        from generate_series(1, ${QUESTIONS}) i;
      with q as (select id, row_number() over (order by created_at desc) as n from questions where network_id = '${networkId}'),
           u as (select id, row_number() over (order by email) as n from users where email like 'agenda-supporter-%')
      insert into question_supports (question_id, user_id, at)
        select q.id, u.id, now() from q join u
          on u.n <= 20 + (case when q.n % 2 = 1 then 1 else -1 end) * ((((q.n + 1) / 2) * 7) % 21);
      update questions set support_count = (select count(*) from question_supports s where s.question_id = questions.id) where network_id = '${networkId}';
    `);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from question_supports s join questions q on q.id = s.question_id where q.network_id = '${networkId}'`);
    return rows[0].n;
  } finally {
    await db.close();
  }
}

async function liveSupport(api: RunningApi, setup: Setup): Promise<string[]> {
  const bare = await startChild('bare-server.ts');
  try {
    const bareUrl = `http://127.0.0.1:${bare.words[0]}`;
    const { networkId, question } = setup.live;
    const { supportedByMe: _mine, ...shared } = question;
    let supporters = 0;
    let bareCount = 0;
    // Each round a member who has not yet supported it clicks: the count is the round's marker.
    const ours = async (sockets: Socket[]) => {
      const expected = ++supporters;
      return measure(sockets, 'question.updated', (p) => p.question.supportCount === expected, async () => {
        // As the web's support button sends it: no body, the CSRF header, the session cookie.
        const res = await fetch(`${api.url}/api/networks/${networkId}/questions/${question.id}/support`, {
          method: 'PUT',
          headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, cookie: setup.members[expected - 1] },
        });
        if (!res.ok) throw new Error(`support: ${res.status} ${await res.text()}`);
      });
    };
    const baseline = async (sockets: Socket[]) => {
      const expected = ++bareCount;
      const payload: { networkId: string; question: SharedQuestion } = { networkId, question: { ...shared, supportCount: expected } };
      return measure(sockets, 'network.updated', (p) => p.question.supportCount === expected, async () => {
        const res = await fetch(`${bareUrl}/broadcast`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
        if (!res.ok) throw new Error(`bare broadcast: ${res.status}`);
      });
    };
    const rows: string[] = [];
    for (const n of sizes) {
      const sockets = [await connectAll(api.url, setup.members.slice(0, n)), await connectAll(bareUrl, Array.from({ length: n }, () => undefined))];
      const delays: number[][] = [[], []];
      for (let round = 0; round < rounds + WARM_UP; round++) {
        const results = [await ours(sockets[0]), await baseline(sockets[1])];
        if (round >= WARM_UP) results.forEach((r, t) => delays[t].push(...r));
      }
      sockets.flat().forEach((s) => s.disconnect());
      rows.push(row(`${n}`, delays));
    }
    return rows;
  } finally {
    await bare.stop();
  }
}

async function listTimes(api: RunningApi, setup: Setup): Promise<string[]> {
  const rows: string[] = [];
  const queries = ['sort=recent', 'sort=support', 'sort=support&theme=lerend-werken', 'sort=status&page=40'];
  for (const query of queries) {
    const url = `${api.url}/api/networks/${setup.listNetworkId}/questions?${query}&pageSize=20`;
    const times: number[] = [];
    for (let i = 0; i < LIST_REQUESTS + 10; i++) {
      const started = performance.now();
      const res = await fetch(url, { headers: { cookie: setup.facilitator } });
      const body = (await res.json()) as { items: unknown[]; total: number };
      if (!res.ok || body.items.length !== 20) throw new Error(`${url}: ${res.status}`);
      if (i >= 10) times.push(performance.now() - started); // ten warm-up requests are not counted
    }
    rows.push(`${query.padEnd(34)} | ${fmt(percentile(times, 50))} ${fmt(percentile(times, 99))}`);
  }
  return rows;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-bench-agenda-'));
  try {
    let api = await startApi({ DATA_DIR: dataDir });
    let setup: Setup;
    try {
      setup = await setUp(api);
    } finally {
      await api.stop();
    }
    const supports = await fillAgenda(dataDir, setup.listNetworkId);
    api = await startApi({ DATA_DIR: dataDir });
    try {
      const live = await liveSupport(api, setup);
      const list = await listTimes(api, setup);
      process.stdout.write(
        `\nA live support click to N members, ${rounds} rounds per target (alternating), ms from the click (HTTP request) to arrival.\n` +
          `           N | broedplaats p50      p99 | bare socket.io p50 p99 | ratio p50    p99\n${live.join('\n')}\n` +
          'goal: p99 ratio <= 1.5 at N = 500\n' +
          `\nThe agenda page's API on PGlite: ${QUESTIONS} questions, ${supports} supports; ${LIST_REQUESTS} requests per query, a page of 20, ms.\n` +
          `query                              |      p50      p99\n${list.join('\n')}\n` +
          'goal: p99 <= 50 ms\n',
      );
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
