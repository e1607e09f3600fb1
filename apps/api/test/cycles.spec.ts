import { randomUUID } from 'node:crypto';
import type { CycleDetail } from '@broedplaats/contracts';
import { csvCell } from '../src/cycles/cycles.csv';
import { cycles, cycleLogs } from '../src/cycles/cycles.tables';
import { FakeClock, TestApp, type Account } from './support/app';
import { cycleClient, logBody } from './support/cycles';
import { testDatabases, type TestDatabase } from './support/databases';

const DAY = 86_400_000;

describe.each(testDatabases())('cycles on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  // 16 March 2026, 10:00 in Amsterdam; before the sessions' real expiry, however far the stale test moves it.
  const clock = new FakeClock(Date.parse('2026-03-16T09:00:00Z'));
  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
  });
  afterAll(() => t.close());
  const { as, url, start } = cycleClient(() => t);

  const scene = async () => {
    const f = t.fixtures;
    const [fac, pieter, bea, mira, otto] = await Promise.all(['Fenna', 'Pieter', 'Bea', 'Mira', 'Otto'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [pieter, bea, mira] });
    return { fac, pieter, bea, mira, otto, networkId };
  };
  const rowCount = async () => (await t.database!.db.select().from(cycles)).length;
  const indicators = (c: CycleDetail) => c.outcomes.flatMap((o) => o.indicators);

  it('starts a cycle: the starter owns it with the co-owners, iteration 1 in plan, indicators with ids, and the network hears of it', async () => {
    const { fac, pieter, bea, mira, networkId } = await scene();
    const cycle = await start(pieter, networkId, { coOwnerIds: [bea.id], coachId: fac.id });
    expect(cycle).toMatchObject({ status: 'running', phase: 'plan', iteration: 1, visibility: 'network', logCount: 0, lastLogDate: null, stale: false, may: { edit: true, comment: true } });
    expect(cycle.owners.map((o) => o.displayName).sort()).toEqual(['Bea', 'Pieter']);
    expect(cycle.coach?.displayName).toBe('Fenna');
    expect(indicators(cycle).map((i) => [i.name, i.direction, i.baseline, i.target])).toEqual([
      ['aantal huisbezoeken met signaalkaart', 'higher', 0, 20],
      ['tijd tot eerste contact (dagen)', 'lower', 21, 7],
    ]);
    expect(cycle.iterations).toHaveLength(1);
    const seen = await as(mira, 'GET', url(networkId, cycle.id));
    expect(seen.body.may).toEqual({ edit: false, comment: false });
    const activity = await as(mira, 'GET', `/api/networks/${networkId}/activity`);
    expect(activity.body.items[0]).toMatchObject({ kind: 'cycle.started', data: { title: 'Eerder signaleren van schulden' }, actor: { id: pieter.id } });
  });

  it('refuses owners from outside, a coach who is no facilitator and a foreign question, with fields, creating nothing', async () => {
    const { pieter, mira, otto, networkId } = await scene();
    const before = await rowCount();
    const res = await as(pieter, 'POST', url(networkId), { title: 'Een cyclus', learningQuestion: 'Vraag', coOwnerIds: [otto.id], coachId: mira.id, questionId: randomUUID() });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['coOwnerIds.0', 'coachId', 'questionId']);
    const bad = await as(pieter, 'POST', url(networkId), { title: 'x', learningQuestion: '', outcomes: [{ text: 'u', indicators: [{ name: 'n', direction: 'sideways', baseline: 0, target: 1 }] }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['learningQuestion', 'outcomes.0.indicators.0.direction', 'title']);
    expect(await rowCount()).toBe(before);
  });

  it('edits parts keeping indicator ids; an unknown id, or dropping a measured indicator, is a 400 that changes nothing', async () => {
    const { pieter, networkId } = await scene();
    const cycle = await start(pieter, networkId);
    const [visits, days] = indicators(cycle);
    const edited = await as(pieter, 'PATCH', url(networkId, cycle.id), {
      changeGoals: ['Binnen een week contact'],
      outcomes: [{ id: cycle.outcomes[0].id, text: 'Sneller hulp', indicators: [{ ...visits, target: 25 }, days, { name: 'tevredenheid', unit: '1–5', direction: 'higher', baseline: 3, target: 4 }] }],
    });
    expect(edited.status).toBe(200);
    expect(indicators(edited.body).map((i: { id: string; target: number }) => i.id).slice(0, 2)).toEqual([visits.id, days.id]);
    expect(indicators(edited.body)[0].target).toBe(25);
    const unknown = await as(pieter, 'PATCH', url(networkId, cycle.id), { outcomes: [{ text: 'x', indicators: [{ ...visits, id: randomUUID() }] }] });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toEqual(['outcomes.0.indicators.0.id']);
    await as(pieter, 'POST', url(networkId, cycle.id, '/measurements'), { indicatorId: days.id, value: 14 });
    const dropped = await as(pieter, 'PATCH', url(networkId, cycle.id), { title: 'Andere titel', outcomes: [{ text: 'x', indicators: [visits] }] });
    expect(dropped.status).toBe(400);
    expect(Object.keys(dropped.body.error.fields)).toEqual(['outcomes']);
    const now = await as(pieter, 'GET', url(networkId, cycle.id));
    expect(now.body.title).toBe(cycle.title);
    expect(indicators(now.body)).toHaveLength(3);
  });

  it('moves through plan → act → observe → reflect, starts iteration 2 from the reflection, and refuses what may not follow', async () => {
    const { pieter, mira, networkId } = await scene();
    const cycle = await start(pieter, networkId);
    const move = (from: string, to: string, who: Account = pieter) => as(who, 'POST', url(networkId, cycle.id, '/phase'), { from, to });
    expect((await move('plan', 'observe')).body.error.code).toBe('invalid_transition');
    expect((await move('plan', 'act', mira)).status).toBe(403);
    for (const [from, to] of [['plan', 'act'], ['act', 'observe'], ['observe', 'reflect']]) expect((await move(from, to)).status).toBe(200);
    // Someone else moved it meanwhile: the phase the owner saw is not the phase it has.
    expect((await move('observe', 'reflect')).body.error.code).toBe('status_changed');
    const noReflection = await move('reflect', 'plan');
    expect(noReflection.status).toBe(400);
    expect(Object.keys(noReflection.body.error.fields)).toEqual(['to']);
    const first = (await as(pieter, 'GET', url(networkId, cycle.id))).body.iterations[0];
    expect((await as(pieter, 'PATCH', url(networkId, cycle.id, `/iterations/${first.id}`), { done: 'Twintig bezoeken', reflection: 'Later in het gesprek vragen' })).status).toBe(200);
    const next = await move('reflect', 'plan');
    expect(next.body).toMatchObject({ phase: 'plan', iteration: 2 });
    expect(next.body.iterations.map((i: { number: number; reflection: string; endedAt: string | null }) => [i.number, i.reflection, i.endedAt !== null])).toEqual([
      [1, 'Later in het gesprek vragen', true],
      [2, '', false],
    ]);
    const activity = await as(mira, 'GET', `/api/networks/${networkId}/activity`);
    expect(activity.body.items[0]).toMatchObject({ kind: 'cycle.phaseChanged', data: { from: 'reflect', to: 'plan', iteration: 2 } });
  });

  it('stores a log once, whatever how often it is sent at the same time, with its measurements', async () => {
    const { pieter, networkId } = await scene();
    const cycle = await start(pieter, networkId);
    const [visits, days] = indicators(cycle);
    const body = logBody({ date: '2026-03-13', measurements: [{ indicatorId: visits.id, value: 3 }, { indicatorId: days.id, value: 18 }] });
    const answers = await Promise.all(Array.from({ length: 6 }, () => as(pieter, 'POST', url(networkId, cycle.id, '/logs'), body)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers[0].body).toMatchObject({ clientId: body.clientId, date: '2026-03-13', mood: 4, iteration: 1, phase: 'plan', author: { id: pieter.id } });
    // Replayed later (an offline log sent again after reconnecting): the same log.
    const replay = await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), body);
    expect(replay.body.id).toBe(answers[0].body.id);
    expect((await t.database!.db.select().from(cycleLogs)).filter((l) => l.clientId === body.clientId)).toHaveLength(1);
    const after = (await as(pieter, 'GET', url(networkId, cycle.id))).body as CycleDetail;
    expect(after).toMatchObject({ logCount: 1, lastLogDate: '2026-03-13' });
    expect(after.measurements.map((m) => [m.value, m.logId])).toEqual([[3, answers[0].body.id], [18, answers[0].body.id]]);
    const today = await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody());
    expect(today.body.date).toBe('2026-03-16');
  });

  it('refuses a log in the future or for an indicator of another cycle, with fields, storing nothing', async () => {
    const { pieter, networkId } = await scene();
    const cycle = await start(pieter, networkId);
    const other = await start(pieter, networkId);
    const future = await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody({ date: '2026-03-17' }));
    expect([future.status, Object.keys(future.body.error.fields)]).toEqual([400, ['date']]);
    const foreign = await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody({ measurements: [{ indicatorId: indicators(other)[0].id, value: 1 }] }));
    expect([foreign.status, Object.keys(foreign.body.error.fields)]).toEqual([400, ['measurements.0.indicatorId']]);
    const mood = await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody({ mood: 6, clientId: 'geen-uuid' }));
    expect(Object.keys(mood.body.error.fields).sort()).toEqual(['clientId', 'mood']);
    expect((await as(pieter, 'GET', url(networkId, cycle.id, '/logs'))).body).toEqual([]);
  });

  it('exports measurements as CSV: quoted, quotes doubled, formulas defused', async () => {
    const { pieter, mira, networkId } = await scene();
    const cycle = await start(pieter, networkId, { title: 'Signaal "kaart", test' });
    const [visits] = indicators(cycle);
    const notes = ['=HYPERLINK("https://evil.example")', '+31 6', '-1+1', '@SUM(A1)', 'zei "ja", echt', 'gewoon'];
    for (const [i, note] of notes.entries()) {
      const res = await as(pieter, 'POST', url(networkId, cycle.id, '/measurements'), { indicatorId: visits.id, value: i - 1, date: `2026-03-0${i + 1}`, note });
      expect(res.status).toBe(201);
    }
    const res = await as(mira, 'GET', url(networkId, cycle.id, '/measurements.csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="metingen-signaal-kaart-test.csv"');
    const lines = (res.body as string).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"date","indicator","unit","direction","baseline","target","value","iteration","source","by","note"');
    expect(lines.slice(1, 7).map((l) => l.split(',"Pieter",')[1])).toEqual([
      `"'=HYPERLINK(""https://evil.example"")"`,
      `"'+31 6"`,
      `"'-1+1"`,
      `"'@SUM(A1)"`,
      '"zei ""ja"", echt"',
      '"gewoon"',
    ]);
    // Notes are trimmed, so a leading tab or carriage return can only come from a name: defused too.
    expect([csvCell('\tverborgen'), csvCell('\r=1'), csvCell(-3)]).toEqual([`"'\tverborgen"`, `"'\r=1"`, '"-3"']);
    // A negative measured value stays a number.
    expect(lines[1]).toContain(',"-1","1","direct",');
    expect(lines[7]).toBe('');
  });

  it('closes with a conclusion and a follow-up that carries the question and indicators (baseline: the last value); a closed cycle takes comments, not edits', async () => {
    const { fac, pieter, bea, networkId } = await scene();
    const cycle = await start(pieter, networkId, { coOwnerIds: [bea.id] });
    const [visits, days] = indicators(cycle);
    await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody({ measurements: [{ indicatorId: visits.id, value: 12 }] }));
    const bad = await as(pieter, 'POST', url(networkId, cycle.id, '/close'), { conclusion: { learned: '' } });
    expect([bad.status, Object.keys(bad.body.error.fields)]).toEqual([400, ['conclusion.learned']]);
    const res = await as(pieter, 'POST', url(networkId, cycle.id, '/close'), { conclusion: { learned: 'Later vragen werkt', recommendations: 'Oefen met een ervaringsdeskundige' }, followUp: { title: 'Signaalkaart, ronde twee' } });
    expect(res.status).toBe(200);
    const { cycle: closed, followUp } = res.body as { cycle: CycleDetail; followUp: CycleDetail };
    expect(closed).toMatchObject({ status: 'closed', conclusion: { learned: 'Later vragen werkt', changesInPractice: '', recommendations: 'Oefen met een ervaringsdeskundige' }, followUpId: followUp.id, stale: false });
    expect(followUp).toMatchObject({ title: 'Signaalkaart, ronde twee', learningQuestion: cycle.learningQuestion, followUpOf: cycle.id, status: 'running', phase: 'plan', iteration: 1 });
    expect(followUp.owners.map((o) => o.id).sort()).toEqual([pieter.id, bea.id].sort());
    expect(indicators(followUp).map((i) => [i.id, i.baseline, i.target])).toEqual([[visits.id, 12, 20], [days.id, 21, 7]]);
    expect((await as(pieter, 'PATCH', url(networkId, cycle.id), { title: 'Nog eens' })).body.error.code).toBe('invalid_transition');
    expect((await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody())).body.error.code).toBe('invalid_transition');
    expect((await as(pieter, 'POST', url(networkId, cycle.id, '/close'), { conclusion: { learned: 'x' } })).body.error.code).toBe('invalid_transition');
    expect((await as(fac, 'POST', url(networkId, cycle.id, '/comments'), { text: 'Goed gedaan!' })).status).toBe(201);
  });

  it('flags a cycle stale after 21 days without a log, by the network’s own threshold or the query’s', async () => {
    const { fac, pieter, mira, networkId } = await scene();
    const clockAt = clock.now().getTime();
    try {
      await staleScene(fac, pieter, mira, networkId);
    } finally {
      clock.advance(clockAt - clock.now().getTime());
    }
  });

  async function staleScene(fac: Account, pieter: Account, mira: Account, networkId: string) {
    const cycle = await start(pieter, networkId);
    await as(pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody());
    const list = async (query = '') => (await as(fac, 'GET', `${url(networkId)}${query}`)).body;
    expect((await list()).items[0]).toMatchObject({ id: cycle.id, stale: false, lastLogDate: '2026-03-16' });
    clock.advance(20 * DAY);
    expect((await list()).items[0].stale).toBe(false);
    clock.advance(1 * DAY);
    // 16 March → 6 April is 21 days without a log (across the clock change).
    expect(await list()).toMatchObject({ staleDays: 21, items: [{ stale: true }] });
    expect((await list('?staleDays=30')).items[0].stale).toBe(false);
    expect((await list('?stale=false')).total).toBe(0);
    expect((await as(mira, 'PUT', `/api/networks/${networkId}/cycle-settings`, { staleDays: 30 })).status).toBe(403);
    expect((await as(fac, 'PUT', `/api/networks/${networkId}/cycle-settings`, { staleDays: 30 })).body).toEqual({ networkId, staleDays: 30 });
    expect(await list()).toMatchObject({ staleDays: 30, items: [{ stale: false }] });
    const overview = await as(fac, 'GET', '/api/me/cycles-overview');
    expect(overview.body.find((n: { networkId: string }) => n.networkId === networkId)).toMatchObject({ running: 1, stale: 0, staleDays: 30, participants: 1 });
  }

  it('sorts, filters and pages the overview, and counts who takes part per category', async () => {
    const { fac, pieter, bea, mira, networkId } = await scene();
    await t.fixtures.member(networkId, await t.fixtures.person('Cees'), 'member', 'citizen');
    const a = await start(pieter, networkId, { title: 'Alfa' });
    const b = await start(bea, networkId, { title: 'Bravo' });
    await start(mira, networkId, { title: 'Charlie', visibility: 'private' });
    await as(bea, 'POST', url(networkId, b.id, '/phase'), { from: 'plan', to: 'act' });
    await as(pieter, 'POST', url(networkId, a.id, '/logs'), logBody({ date: '2026-03-01' }));
    await as(bea, 'POST', url(networkId, b.id, '/logs'), logBody({ date: '2026-03-10' }));
    const get = async (query: string) => (await as(fac, 'GET', `${url(networkId)}?${query}`)).body;
    expect((await get('sort=title')).items.map((c: CycleDetail) => c.title)).toEqual(['Alfa', 'Bravo']);
    expect((await get('sort=recent')).items.map((c: CycleDetail) => c.title)).toEqual(['Bravo', 'Alfa']);
    expect((await get('sort=stale')).items.map((c: CycleDetail) => c.title)).toEqual(['Alfa', 'Bravo']);
    expect((await get('phase=act')).items.map((c: CycleDetail) => c.title)).toEqual(['Bravo']);
    expect((await get(`ownerId=${pieter.id}`)).items.map((c: CycleDetail) => c.title)).toEqual(['Alfa']);
    expect((await get('category=citizen')).total).toBe(0);
    expect(await get('sort=title&pageSize=1&page=2')).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ title: 'Bravo' }] });
    const participation = (await get('')).participation;
    // Fixtures make everyone a professional but Cees; Mira's private cycle is not the facilitator's to count.
    expect(participation.filter((p: { members: number }) => p.members > 0)).toEqual([
      { category: 'professional', members: 4, takingPart: 2 },
      { category: 'citizen', members: 1, takingPart: 0 },
    ]);
    expect((await as(mira, 'GET', url(networkId))).body.total).toBe(3);
  });

  it('a facilitator’s comment tells the owners; comments list oldest first', async () => {
    const { fac, pieter, bea, mira, networkId } = await scene();
    const cycle = await start(pieter, networkId, { coOwnerIds: [bea.id] });
    expect((await as(fac, 'POST', url(networkId, cycle.id, '/comments'), { text: '' })).status).toBe(400);
    const res = await as(fac, 'POST', url(networkId, cycle.id, '/comments'), { text: 'Wat zag je bij het tweede bezoek?' });
    expect(res.body).toMatchObject({ cycleId: cycle.id, text: 'Wat zag je bij het tweede bezoek?', author: { id: fac.id } });
    clock.advance(60_000);
    await as(pieter, 'POST', url(networkId, cycle.id, '/comments'), { text: 'Meer openheid' });
    expect((await as(mira, 'GET', url(networkId, cycle.id, '/comments'))).body.map((c: { text: string }) => c.text)).toEqual(['Wat zag je bij het tweede bezoek?', 'Meer openheid']);
    for (const owner of [pieter, bea]) {
      let notes: Array<{ kind: string; subjectId: string; actor: { id: string } }> = [];
      for (let i = 0; i < 100 && !notes.some((n) => n.kind === 'cycle.commented' && n.actor.id === fac.id); i++) {
        notes = (await as(owner, 'GET', '/api/me/notifications')).body.items;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(notes.find((n) => n.kind === 'cycle.commented' && n.actor.id === fac.id)).toMatchObject({ subjectId: cycle.id, data: { title: cycle.title } });
      // Nobody hears of their own comment.
      expect(notes.filter((n) => n.kind === 'cycle.commented' && n.actor.id === owner.id)).toEqual([]);
    }
    const miraNotes = (await as(mira, 'GET', '/api/me/notifications')).body.items;
    expect(miraNotes.filter((n: { kind: string }) => n.kind === 'cycle.commented')).toEqual([]);
  });

  it('hands a cycle over when owners leave: to the other owner, then to the facilitators; a private one to nobody, and its owner keeps it read-only', async () => {
    const { fac, pieter, bea, networkId } = await scene();
    const shared = await start(pieter, networkId, { coOwnerIds: [bea.id] });
    const secret = await start(bea, networkId, { title: 'Mijn eigen leerpunt', visibility: 'private' });
    await as(bea, 'POST', url(networkId, secret.id, '/logs'), logBody({ measurements: [{ indicatorId: indicators(secret)[0].id, value: 2 }] }));
    expect((await as(pieter, 'DELETE', `/api/networks/${networkId}/members/${pieter.id}`)).status).toBe(204);
    expect((await as(bea, 'GET', url(networkId, shared.id))).body.owners.map((o: { id: string }) => o.id)).toEqual([bea.id]);
    expect((await as(fac, 'DELETE', `/api/networks/${networkId}/members/${bea.id}`)).status).toBe(204);
    const taken = (await as(fac, 'GET', url(networkId, shared.id))).body as CycleDetail;
    expect(taken.owners.map((o) => o.id)).toEqual([fac.id]);
    expect(taken.handedOver).toMatchObject({ from: { id: bea.id } });
    expect(taken.may.edit).toBe(true);
    const activity = await as(fac, 'GET', `/api/networks/${networkId}/activity`);
    expect(activity.body.items.find((e: { kind: string }) => e.kind === 'cycle.handedOver')).toMatchObject({ subject: { id: bea.id }, data: { title: shared.title } });
    // The private cycle went to nobody: the facilitators still do not know it exists.
    expect((await as(fac, 'GET', url(networkId, secret.id))).status).toBe(404);
    const mine = (await as(bea, 'GET', '/api/me/cycles')).body;
    expect(mine.map((c: { id: string; formerOwner: boolean }) => [c.id, c.formerOwner]).sort()).toEqual([[secret.id, true], [shared.id, true]].sort());
    const kept = await as(bea, 'GET', `/api/me/cycles/${secret.id}`);
    expect(kept.body).toMatchObject({ formerOwner: true, cycle: { id: secret.id, may: { edit: false, comment: false } }, logs: [{ author: { id: bea.id } }] });
    const csv = await as(bea, 'GET', `/api/me/cycles/${secret.id}/measurements.csv`);
    expect([csv.status, (csv.body as string).split('\r\n').length]).toEqual([200, 3]);
    // Nobody else reads it there, and the network's pages are closed to her now.
    expect((await as(fac, 'GET', `/api/me/cycles/${secret.id}`)).status).toBe(404);
    expect((await as(bea, 'GET', url(networkId, secret.id))).status).toBe(404);
  });

  it('an archived network’s cycles are read-only: every change is a 409, reading still works', async () => {
    const { fac, pieter, networkId } = await scene();
    const cycle = await start(pieter, networkId);
    const iterationId = cycle.iterations[0].id;
    expect((await as(fac, 'POST', `/api/networks/${networkId}/archive`)).status).toBe(200);
    const changes: Array<[Account, 'POST' | 'PATCH' | 'PUT', string, unknown]> = [
      [pieter, 'POST', url(networkId), { title: 'Nieuw', learningQuestion: 'Vraag' }],
      [pieter, 'PATCH', url(networkId, cycle.id), { title: 'Anders' }],
      [pieter, 'POST', url(networkId, cycle.id, '/phase'), { from: 'plan', to: 'act' }],
      [pieter, 'PATCH', url(networkId, cycle.id, `/iterations/${iterationId}`), { plan: 'x' }],
      [pieter, 'POST', url(networkId, cycle.id, '/logs'), logBody()],
      [pieter, 'POST', url(networkId, cycle.id, '/measurements'), { indicatorId: indicators(cycle)[0].id, value: 1 }],
      [pieter, 'POST', url(networkId, cycle.id, '/close'), { conclusion: { learned: 'x' } }],
      [fac, 'POST', url(networkId, cycle.id, '/comments'), { text: 'x' }],
      [fac, 'PUT', `/api/networks/${networkId}/cycle-settings`, { staleDays: 5 }],
    ];
    for (const [who, method, path, body] of changes) {
      const res = await as(who, method, path, body);
      expect(`${method} ${path} ${res.status} ${res.body?.error?.code}`).toBe(`${method} ${path} 409 network_archived`);
    }
    expect((await as(pieter, 'GET', url(networkId, cycle.id))).body).toMatchObject({ title: cycle.title, phase: 'plan' });
  });

  it('answers 401 without a session and 404 for a cycle of another network', async () => {
    const { pieter, networkId } = await scene();
    const other = await scene();
    const cycle = await start(other.pieter, other.networkId);
    expect((await as(null, 'GET', url(networkId))).status).toBe(401);
    expect((await as(null, 'GET', '/api/me/cycles')).status).toBe(401);
    // Pieter is a member of his own network: the other network's cycle is not found there.
    expect((await as(pieter, 'GET', url(networkId, cycle.id))).status).toBe(404);
    expect((await as(pieter, 'GET', url(networkId, randomUUID()))).status).toBe(404);
  });

  it('writes the half-year report: shared cycles in full, facilitators-only counted, private absent; as data and Markdown', async () => {
    const { fac, pieter, bea, mira, networkId } = await scene();
    const shared = await start(pieter, networkId, { title: 'Signaal *kaart* [link](x)', coOwnerIds: [bea.id] });
    await start(bea, networkId, { title: 'Alleen voor begeleiders', visibility: 'facilitators' });
    await start(mira, networkId, { title: 'Geheim', visibility: 'private' });
    await as(pieter, 'POST', url(networkId, shared.id, '/logs'), logBody({ date: '2026-03-02', measurements: [{ indicatorId: indicators(shared)[1].id, value: 14 }] }));
    const report = await as(fac, 'GET', `/api/networks/${networkId}/cycles-report`);
    expect(report.status).toBe(200);
    // Six months before 16 March 2026.
    expect(report.body).toMatchObject({ from: '2025-09-16', to: '2026-03-16', notDescribed: 1, totals: { cycles: 1, running: 1, closed: 0, logs: 1, participants: 2 } });
    expect(report.body.cycles.map((c: { title: string }) => c.title)).toEqual(['Signaal *kaart* [link](x)']);
    expect(report.body.cycles[0].indicators[1]).toMatchObject({ name: 'tijd tot eerste contact (dagen)', latest: 14, points: [{ date: '2026-03-02', value: 14, iteration: 1 }] });
    const before = await as(fac, 'GET', `/api/networks/${networkId}/cycles-report?from=2025-01-01&to=2025-06-30`);
    expect(before.body.totals.cycles).toBe(0);
    const markdown = await as(fac, 'GET', `/api/networks/${networkId}/cycles-report.md`);
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toContain('## Signaal \\*kaart\\* \\[link\\](x)');
    expect(markdown.body).toContain('| 2026-03-02 | 14 | 1 |');
    expect(markdown.body).not.toContain('Geheim');
    expect(markdown.body).not.toContain('Alleen voor begeleiders');
    const backwards = await as(fac, 'GET', `/api/networks/${networkId}/cycles-report?from=2026-06-01&to=2026-01-01`);
    expect([backwards.status, Object.keys(backwards.body.error.fields)]).toEqual([400, ['to']]);
    expect((await as(pieter, 'GET', `/api/networks/${networkId}/cycles-report`)).status).toBe(403);
  });
});
