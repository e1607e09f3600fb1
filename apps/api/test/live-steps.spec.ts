import type { LiveState } from '@broedplaats/contracts';
import { FakeClock, TestApp, type Account } from './support/app';
import { testDatabases } from './support/databases';
import { connect, Inbox, type Client } from './support/sockets';

/** Live mode of a meeting: the server sets the deadline, every member's page follows, outsiders hear nothing. */
describe('live step-through of a meeting', () => {
  let t: TestApp;
  let base: string;
  const sockets: Client[] = [];
  const clock = new FakeClock(Date.parse('2026-10-06T16:55:00Z'));
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1], {}, { clock });
    base = await t.listen();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  const open = async (who: Account) => {
    const socket = await connect(base, who.cookie);
    sockets.push(socket);
    return new Inbox(socket);
  };
  const as = (who: Account, method: 'GET' | 'POST', url: string, body?: unknown) => t.request(method, url, { cookie: who.cookie, body });

  it('starts, moves and ends with deadlines from the server clock, and everyone in the network follows', async () => {
    const f = t.fixtures;
    const [fac, mira, otto] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Otto')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] });
    await f.network({ facilitators: [otto] });
    const meeting = (await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Kring', type: 'learning-circle', start: '2026-10-06T19:00', end: '2026-10-06T21:00' })).body;
    const base = `/api/networks/${networkId}/meetings/${meeting.id}`;
    await as(fac, 'POST', `${base}/items`, { title: 'Opening', timeboxMinutes: 10 });
    await as(fac, 'POST', `${base}/items`, { title: 'Casus', timeboxMinutes: 45 });
    const proposal = await as(mira, 'POST', `${base}/items`, { title: 'Nog niet aanvaard', timeboxMinutes: 5 });
    const [opening, casus] = proposal.body.items;

    const [facIn, miraIn, ottoIn] = await Promise.all([fac, mira, otto].map(open));
    // Mira opens the page: everyone in the network sees she is there; Otto (elsewhere) is refused.
    expect(await miraIn.socket.emitWithAck('steps.watch', { subjectKind: 'meeting', subjectId: meeting.id })).toEqual({ viewers: [{ userId: mira.id, displayName: 'Mira' }] });
    expect(await ottoIn.socket.emitWithAck('steps.watch', { subjectKind: 'meeting', subjectId: meeting.id })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await facIn.next('steps.viewers', (p) => p.subjectId === meeting.id)).toMatchObject({ viewers: [{ userId: mira.id }] });

    expect((await as(mira, 'POST', `${base}/live`, { action: 'start' })).status).toBe(403);
    expect((await as(fac, 'POST', `${base}/live`, { action: 'next' })).body.error.code).toBe('live_not_running');
    expect((await as(mira, 'POST', `${base}/check-in`)).body.error.code).toBe('meeting_not_started');

    const started = await as(fac, 'POST', `${base}/live`, { action: 'start' });
    expect(started.body).toMatchObject({ status: 'running', currentStepId: opening.id, currentStartedAt: '2026-10-06T16:55:00.000Z', currentEndsAt: '2026-10-06T17:05:00.000Z' }); // 16:55 + 10 min
    // Only accepted items are steps.
    expect(started.body.steps.map((s: { title: string }) => s.title)).toEqual(['Opening', 'Casus']);
    const seen = await miraIn.next('steps.changed', (p) => p.state.subjectId === meeting.id);
    expect(seen.state).toMatchObject({ currentStepId: opening.id, currentEndsAt: '2026-10-06T17:05:00.000Z', serverNow: '2026-10-06T16:55:00.000Z' });

    clock.advance(12 * 60_000);
    miraIn.forget();
    const next = await as(fac, 'POST', `${base}/live`, { action: 'next' });
    expect(next.body).toMatchObject({ currentStepId: casus.id, currentEndsAt: '2026-10-06T17:52:00.000Z' }); // 17:07 + 45 min
    const moved: LiveState = (await miraIn.next('steps.changed', (p) => p.state.currentStepId === casus.id)).state;
    expect(moved.currentEndsAt).toBe('2026-10-06T17:52:00.000Z');
    expect((await facIn.next('steps.changed', (p) => p.state.currentStepId === casus.id)).state.currentEndsAt).toBe(moved.currentEndsAt);
    expect((await as(mira, 'GET', base)).body).toMatchObject({ live: true, liveState: { currentStepId: casus.id, currentEndsAt: '2026-10-06T17:52:00.000Z' } });

    // While it runs, members check themselves in.
    expect((await as(mira, 'POST', `${base}/check-in`)).body.attendance).toEqual([{ id: mira.id, displayName: 'Mira' }]);

    const ended = await as(fac, 'POST', `${base}/live`, { action: 'end' });
    expect(ended.body).toMatchObject({ status: 'ended', currentStepId: null, currentEndsAt: null });
    await miraIn.next('steps.changed', (p) => p.state.status === 'ended');
    await ottoIn.settle();
    expect(ottoIn.all('steps.changed')).toEqual([]);
    expect(ottoIn.all('steps.viewers')).toEqual([]);
    expect((await as(fac, 'POST', `${base}/live`, { action: 'goto', stepId: casus.id })).body.error.code).toBe('live_not_running');
  });

  it('refuses a step that is not on the agenda with a field, and a bad watch payload', async () => {
    const f = t.fixtures;
    const [fac] = await Promise.all([f.person('Fenna')]);
    const networkId = await f.network({ facilitators: [fac] });
    const meeting = (await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Kring', type: 'other', start: '2026-10-06T19:00', end: '2026-10-06T21:00' })).body;
    const url = `/api/networks/${networkId}/meetings/${meeting.id}/live`;
    await as(fac, 'POST', url, { action: 'start' });
    const res = await as(fac, 'POST', url, { action: 'goto', stepId: '0f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ stepId: 'Not a step of this agenda' });
    expect((await as(fac, 'POST', url, { action: 'jump' })).status).toBe(400);
    const facIn = await open(fac);
    expect(await facIn.socket.emitWithAck('steps.watch', { subjectKind: 'meeting', subjectId: 'nope' })).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
