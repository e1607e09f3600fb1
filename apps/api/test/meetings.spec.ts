import { asc } from 'drizzle-orm';
import { SESSION_COOKIE, type MeetingDetail } from '@broedplaats/contracts';
import { amsterdamLocal } from '@broedplaats/domain';
import { DemoSeeds } from '../src/core/demo-seeds';
import { outboxMails } from '../src/mail/mail.tables';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { FakeClock, TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { parseIcs } from './support/ical';

const body = (extra: Record<string, unknown> = {}) => ({ title: 'Leerkring vroegsignalering', type: 'learning-circle', place: 'Buurthuis De Schakel', start: '2026-10-06T19:00', end: '2026-10-06T21:00', ...extra });

describe.each(testDatabases())('meetings on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  // Before the October clock change (25 Oct 2026), so the series below crosses it.
  const clock = new FakeClock(Date.parse('2026-09-20T09:00:00Z'));
  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
  });
  afterAll(() => t.close());

  const path = (networkId: string, rest = '') => `/api/networks/${networkId}/meetings${rest}`;
  const as = (who: Account | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, b?: unknown) => t.request(method, url, { ...(who ? { cookie: who.cookie } : {}), body: b });
  const schedule = async (fac: Account, networkId: string, extra: Record<string, unknown> = {}): Promise<MeetingDetail> => {
    const res = await as(fac, 'POST', path(networkId), body(extra));
    expect(res.status).toBe(201);
    return res.body;
  };
  const mailsTo = async (email: string) => (await t.database!.db.select().from(outboxMails).orderBy(asc(outboxMails.createdAt))).filter((m) => m.to === email);
  /** Mail goes out after the answer; wait until it is in the outbox. */
  const waitForMails = async (email: string, count: number) => {
    for (let i = 0; i < 100; i++) {
      const mails = await mailsTo(email);
      if (mails.length >= count) return mails;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ${count} mails for ${email}`);
  };
  const scene = async () => {
    const f = t.fixtures;
    const [fac, mira, kees, otto] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Kees'), f.person('Otto')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] });
    return { fac, mira, kees, otto, networkId };
  };

  it('schedules a meeting at Amsterdam time and mails every member the .ics', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const meeting = await schedule(fac, networkId);
    // 19:00 in Amsterdam on 6 October is 17:00 UTC (summer time).
    expect(meeting).toMatchObject({ title: 'Leerkring vroegsignalering', startsAt: '2026-10-06T17:00:00.000Z', endsAt: '2026-10-06T19:00:00.000Z', status: 'scheduled', sequence: 0 });
    for (const who of [mira, kees]) {
      const [mail] = await waitForMails(who.email, 1);
      expect(mail.subject).toBe('Nieuwe bijeenkomst: Leerkring vroegsignalering');
      expect(mail.text).toContain('19:00 tot 21:00');
      expect(mail.attachments).toHaveLength(1);
      const [event] = parseIcs(mail.attachments[0].content);
      expect(event).toMatchObject({ uid: `${meeting.id}@broedplaats`, start: '2026-10-06T17:00:00.000Z', end: '2026-10-06T19:00:00.000Z', sequence: 0, status: 'CONFIRMED' });
    }
    expect(await mailsTo(fac.email)).toEqual([]);
    const ics = await as(mira, 'GET', path(networkId, `/${meeting.id}/meeting.ics`));
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parseIcs(ics.body as string)[0].summary).toContain('Leerkring vroegsignalering');
  });

  it('refuses bad times with fields and changes nothing', async () => {
    const { fac, networkId } = await scene();
    for (const [extra, field] of [
      [{ end: '2026-10-06T18:00' }, 'end'],
      [{ start: '2026-02-31T19:00' }, 'start'],
      [{ start: '2026-03-29T02:30', end: '2026-03-29T04:00' }, 'start'],
      [{ type: 'picnic' }, 'type'],
      [{ title: '' }, 'title'],
    ] as const) {
      const res = await as(fac, 'POST', path(networkId), body(extra));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const res = await as(fac, 'POST', path(networkId, '/series'), { ...body(), firstStart: '2026-10-06T19:00', durationMinutes: 120, count: 53, intervalWeeks: 3 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['count']);
    expect((await as(fac, 'GET', path(networkId))).body.total).toBe(0);
  });

  it('answers outsiders, plain members and an archived network as the rules say', async () => {
    const { fac, mira, otto, networkId } = await scene();
    const meeting = await schedule(fac, networkId);
    const publicId = await t.fixtures.network({ facilitators: [fac] }, { visibility: 'public' });
    const archivedId = await t.fixtures.network({ facilitators: [fac], members: [mira] }, { archived: true });
    expect((await as(null, 'GET', path(networkId))).status).toBe(401);
    expect((await as(otto, 'GET', path(networkId))).status).toBe(404);
    expect((await as(otto, 'GET', path(networkId, `/${meeting.id}`))).status).toBe(404);
    expect((await as(otto, 'GET', path(publicId))).status).toBe(403);
    expect((await as(mira, 'POST', path(networkId), body())).status).toBe(403);
    expect((await as(mira, 'POST', path(networkId, `/${meeting.id}/cancel`))).status).toBe(403);
    expect((await as(fac, 'POST', path(archivedId), body())).body.error.code).toBe('network_archived');
    expect((await as(mira, 'GET', path(archivedId))).status).toBe(200);
    // A meeting of another network is not found through this one.
    expect((await as(fac, 'GET', path(publicId, `/${meeting.id}`))).status).toBe(404);
    // A removed member sees nothing any more.
    expect((await as(fac, 'DELETE', `/api/networks/${networkId}/members/${mira.id}`)).status).toBe(204);
    expect((await as(mira, 'GET', path(networkId, `/${meeting.id}`))).status).toBe(404);
  });

  it('schedules a series at 19:00 across the October clock change, in the feed too', async () => {
    const { fac, mira, networkId } = await scene();
    const res = await as(fac, 'POST', path(networkId, '/series'), { ...body(), firstStart: '2026-10-06T19:00', durationMinutes: 120, count: 4, intervalWeeks: 3 });
    expect(res.status).toBe(201);
    expect(res.body.meetings.map((m: { startsAt: string }) => amsterdamLocal(m.startsAt))).toEqual(['2026-10-06T19:00', '2026-10-27T19:00', '2026-11-17T19:00', '2026-12-08T19:00']);
    // One mail for the whole series, with all four in one calendar file.
    const [mail] = await waitForMails(mira.email, 1);
    expect(mail.subject).toBe('4 nieuwe bijeenkomsten: Leerkring vroegsignalering');
    expect(parseIcs(mail.attachments[0].content).map((e) => e.start)).toEqual(['2026-10-06T17:00:00.000Z', '2026-10-27T18:00:00.000Z', '2026-11-17T18:00:00.000Z', '2026-12-08T18:00:00.000Z']);

    const feed = await as(mira, 'POST', '/api/me/calendar-feed');
    expect(feed.body.active).toBe(true);
    const url = new URL(feed.body.url);
    const events = parseIcs((await t.request('GET', url.pathname)).body);
    expect(events.map((e) => amsterdamLocal(e.start))).toEqual(['2026-10-06T19:00', '2026-10-27T19:00', '2026-11-17T19:00', '2026-12-08T19:00']);

    // Moving the second one an hour later, with the following: every later one at 20:00, winter or not.
    const [, second] = res.body.meetings;
    const moved = await as(fac, 'PATCH', path(networkId, `/${second.id}`), { start: '2026-10-27T20:00', end: '2026-10-27T22:00', scope: 'following' });
    expect(moved.status).toBe(200);
    const list = (await as(mira, 'GET', path(networkId))).body.items.map((m: { startsAt: string }) => amsterdamLocal(m.startsAt));
    expect(list).toEqual(['2026-10-06T19:00', '2026-10-27T20:00', '2026-11-17T20:00', '2026-12-08T20:00']);
    expect(parseIcs((await t.request('GET', url.pathname)).body).map((e) => e.sequence)).toEqual([0, 1, 1, 1]);
  });

  it('keeps the feed secret: a new address stops the old, revoking stops both', async () => {
    const { fac, mira, networkId } = await scene();
    await schedule(fac, networkId);
    const first = new URL((await as(mira, 'POST', '/api/me/calendar-feed')).body.url).pathname;
    expect((await t.request('GET', first)).status).toBe(200);
    expect((await as(mira, 'GET', '/api/me/calendar-feed')).body).toEqual({ active: true, url: null });
    const second = new URL((await as(mira, 'POST', '/api/me/calendar-feed')).body.url).pathname;
    expect((await t.request('GET', first)).status).toBe(404);
    expect((await t.request('GET', second)).status).toBe(200);
    expect((await as(mira, 'DELETE', '/api/me/calendar-feed')).status).toBe(204);
    expect((await t.request('GET', second)).status).toBe(404);
    expect((await as(mira, 'GET', '/api/me/calendar-feed')).body).toEqual({ active: false, url: null });
  });

  it('tells who answered when a meeting is cancelled: in the app and by mail with STATUS:CANCELLED', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const meeting = await schedule(fac, networkId);
    await waitForMails(kees.email, 1);
    expect((await as(mira, 'PUT', path(networkId, `/${meeting.id}/rsvp`), { answer: 'yes', note: 'Ik neem koffie mee' })).body.myRsvp).toBe('yes');
    const cancelled = await as(fac, 'POST', path(networkId, `/${meeting.id}/cancel`));
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    // The fake clock stamps both of her mails alike: find the cancellation by its subject.
    const mail = (await waitForMails(mira.email, 2)).find((m) => m.subject.startsWith('Gaat niet door'))!;
    expect(mail.subject).toBe('Gaat niet door: Leerkring vroegsignalering');
    expect(parseIcs(mail.attachments[0].content)[0]).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    // Kees did not answer: no second mail, and the entry is not his.
    expect(await mailsTo(kees.email)).toHaveLength(1);
    const kinds = async (who: Account) => (await as(who, 'GET', `/api/networks/${networkId}/activity`)).body.items.map((i: { kind: string }) => i.kind);
    expect(await kinds(mira)).toContain('meeting.cancelled');
    expect(await kinds(kees)).not.toContain('meeting.cancelled');
    expect((await as(mira, 'PUT', path(networkId, `/${meeting.id}/rsvp`), { answer: 'no' })).body.error.code).toBe('meeting_cancelled');
    expect((await as(fac, 'POST', path(networkId, `/${meeting.id}/cancel`))).body.error.code).toBe('meeting_cancelled');
  });

  it('lets members propose agenda items and facilitators accept and reorder them', async () => {
    const { fac, mira, networkId } = await scene();
    const { id } = await schedule(fac, networkId);
    const questionId = '0f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b';
    await as(fac, 'POST', path(networkId, `/${id}/items`), { title: 'Opening', timeboxMinutes: 10 });
    await as(fac, 'POST', path(networkId, `/${id}/items`), { title: 'Casus', timeboxMinutes: 40, ownerId: mira.id, questionId });
    const proposed = await as(mira, 'POST', path(networkId, `/${id}/items`), { title: 'Mijn vraag', timeboxMinutes: 15 });
    expect(proposed.status).toBe(201);
    const mine = proposed.body.items.find((i: { title: string }) => i.title === 'Mijn vraag');
    expect(mine).toMatchObject({ status: 'proposed', proposedBy: { id: mira.id } });
    expect(proposed.body.items[1]).toMatchObject({ owner: { id: mira.id, displayName: 'Mira' }, questionId });
    expect((await as(mira, 'PATCH', path(networkId, `/${id}/items/${mine.id}`), { status: 'accepted' })).status).toBe(403);
    const accepted = await as(fac, 'PATCH', path(networkId, `/${id}/items/${mine.id}`), { status: 'accepted' });
    const ids = accepted.body.items.map((i: { id: string }) => i.id);
    const reordered = await as(fac, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: [ids[2], ids[0], ids[1]] });
    expect(reordered.body.items.map((i: { title: string }) => i.title)).toEqual(['Mijn vraag', 'Opening', 'Casus']);
    // An order made before an item was added (or naming one twice) is out of date.
    expect((await as(fac, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: [ids[0], ids[1]] })).body.error.code).toBe('stale_order');
    expect((await as(fac, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: [ids[0], ids[0], ids[1]] })).body.error.code).toBe('stale_order');
    expect((await as(mira, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: ids })).status).toBe(403);
    expect((await as(fac, 'POST', path(networkId, `/${id}/items`), { title: 'x', ownerId: '0f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b' })).body.error.fields).toEqual({ ownerId: 'Not a member of this network' });
  });

  it('lists the meetings that discuss a question ("Besproken in"): members only, never a declined proposal or another network', async () => {
    const { fac, mira, otto, networkId } = await scene();
    const proposed = await as(mira, 'POST', `/api/networks/${networkId}/questions`, { title: 'Hoe bereiken we eenzame ouderen?', situation: 'Wijkteams zien ze te laat.' });
    expect(proposed.status).toBe(201);
    const questionId: string = proposed.body.id;
    const first = await schedule(fac, networkId);
    const later = await schedule(fac, networkId, { start: '2026-11-03T19:00', end: '2026-11-03T21:00', title: 'Tweede leerkring' });
    const other = await schedule(fac, networkId, { title: 'Zonder de vraag' });
    await as(fac, 'POST', path(networkId, `/${first.id}/items`), { title: 'Casus', questionId });
    await as(fac, 'POST', path(networkId, `/${later.id}/items`), { title: 'Vervolg', questionId });
    const declined = await as(mira, 'POST', path(networkId, `/${other.id}/items`), { title: 'Ook deze?', questionId });
    await as(fac, 'PATCH', path(networkId, `/${other.id}/items/${declined.body.items[0].id}`), { status: 'declined' });
    const url = `/api/networks/${networkId}/questions/${questionId}/meetings`;
    const res = await as(mira, 'GET', url);
    expect(res.status).toBe(200);
    // Latest first.
    expect(res.body.map((m: { title: string }) => m.title)).toEqual(['Tweede leerkring', 'Leerkring vroegsignalering']);
    expect((await as(otto, 'GET', url)).status).toBe(404);
    expect((await as(null, 'GET', url)).status).toBe(401);
    const elsewhere = await t.fixtures.network({ facilitators: [fac], members: [mira] });
    // The question belongs to another network: not found through this one.
    expect((await as(mira, 'GET', `/api/networks/${elsewhere}/questions/${questionId}/meetings`)).status).toBe(404);
    expect((await as(mira, 'GET', `/api/networks/${networkId}/questions/not-an-id/meetings`)).status).toBe(400);
  });

  it('two facilitators reordering at once: one order wins whole, nothing lost or doubled', async () => {
    const { fac, networkId } = await scene();
    const other = await t.fixtures.person('Piet');
    await t.fixtures.member(networkId, other, 'facilitator');
    const { id } = await schedule(fac, networkId);
    for (const title of ['A', 'B', 'C', 'D']) await as(fac, 'POST', path(networkId, `/${id}/items`), { title });
    const items = (await as(fac, 'GET', path(networkId, `/${id}`))).body.items.map((i: { id: string }) => i.id);
    const one = [...items].reverse();
    const two = [items[1], items[3], items[0], items[2]];
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([as(fac, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: one }), as(other, 'PUT', path(networkId, `/${id}/items/order`), { itemIds: two })]);
      expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
      const after = (await as(fac, 'GET', path(networkId, `/${id}`))).body.items;
      const order = after.map((i: { id: string }) => i.id);
      expect([one, two]).toContainEqual(order);
      expect(after.map((i: { position: number }) => i.position)).toEqual([0, 1, 2, 3]);
    }
  });

  it('records attendance, decisions and action items; only the assignee or a facilitator completes one', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const meeting = await schedule(fac, networkId);
    expect((await as(fac, 'PUT', path(networkId, `/${meeting.id}/attendance`), { userId: mira.id, present: true })).body.error.code).toBe('meeting_not_started');
    await as(mira, 'PUT', path(networkId, `/${meeting.id}/rsvp`), { answer: 'yes' });
    await as(kees, 'PUT', path(networkId, `/${meeting.id}/rsvp`), { answer: 'maybe' });
    clock.advance(17 * 86_400_000); // to 7 October, the day after
    const attended = await as(fac, 'PUT', path(networkId, `/${meeting.id}/attendance`), { userId: mira.id, present: true });
    expect(attended.body.attendance).toEqual([{ id: mira.id, displayName: 'Mira' }]);
    // Facilitators see the counts per category; members do not.
    expect(attended.body.counts).toContainEqual({ category: 'professional', yes: 1, no: 0, maybe: 1, attended: 1 });
    expect((await as(mira, 'GET', path(networkId, `/${meeting.id}`))).body.counts).toBeNull();
    expect((await as(mira, 'PUT', path(networkId, `/${meeting.id}/rsvp`), { answer: 'no' })).body.error.code).toBe('meeting_over');

    const decided = await as(fac, 'POST', path(networkId, `/${meeting.id}/decisions`), { text: 'We proberen de signaalkaart' });
    expect(decided.body.decisions[0]).toMatchObject({ text: 'We proberen de signaalkaart', decidedBy: { id: fac.id } });
    const acted = await as(fac, 'POST', path(networkId, `/${meeting.id}/actions`), { text: 'Kaart uitproberen', assigneeId: mira.id, dueOn: '2026-10-20' });
    const action = acted.body.actions[0];
    expect(action).toMatchObject({ assignee: { id: mira.id }, dueOn: '2026-10-20', status: 'open' });
    expect((await as(mira, 'GET', '/api/me/action-items')).body.map((a: { id: string }) => a.id)).toEqual([action.id]);
    expect((await as(kees, 'PATCH', path(networkId, `/${meeting.id}/actions/${action.id}`), { status: 'done' })).status).toBe(403);
    expect((await as(mira, 'PATCH', path(networkId, `/${meeting.id}/actions/${action.id}`), { status: 'done' })).body.status).toBe('done');
    expect((await as(mira, 'GET', '/api/me/action-items')).body).toEqual([]);
    expect((await as(fac, 'PATCH', path(networkId, `/${meeting.id}/actions/${action.id}`), { status: 'open' })).body.status).toBe('open');
    expect((await as(fac, 'POST', path(networkId, `/${meeting.id}/actions`), { text: 'x', assigneeId: fac.id, dueOn: '2026-13-01' })).body.error.fields).toHaveProperty('dueOn');
    expect((await as(fac, 'PUT', path(networkId, `/${meeting.id}/minutes`), { minutes: 'Fijne avond.\r\nTot de volgende keer.' })).body.minutes).toBe('Fijne avond.\nTot de volgende keer.');

    // Mira leaves: her open action goes back to nobody and the facilitators are told; the decision stays.
    expect((await as(mira, 'DELETE', `/api/networks/${networkId}/members/${mira.id}`)).status).toBe(204);
    const after = (await as(fac, 'GET', path(networkId, `/${meeting.id}`))).body;
    expect(after.actions[0]).toMatchObject({ id: action.id, assignee: null, status: 'open' });
    expect(after.decisions).toHaveLength(1);
    const entries = (await as(fac, 'GET', `/api/networks/${networkId}/activity`)).body.items;
    expect(entries.find((e: { kind: string }) => e.kind === 'actionItem.unassigned')).toMatchObject({ kind: 'actionItem.unassigned', subject: { id: mira.id }, data: { texts: ['Kaart uitproberen'] } });
    expect((await as(kees, 'GET', `/api/networks/${networkId}/activity`)).body.items.map((i: { kind: string }) => i.kind)).not.toContain('actionItem.unassigned');
    clock.advance(-17 * 86_400_000);
  });

  it('lists my upcoming meetings across networks with my answer', async () => {
    const { fac, mira, networkId } = await scene();
    const other = await t.fixtures.network({ facilitators: [fac], members: [mira] });
    const a = await schedule(fac, networkId, { start: '2026-10-08T19:00', end: '2026-10-08T21:00' });
    const b = await schedule(fac, other, { start: '2026-10-07T10:00', end: '2026-10-07T12:00' });
    await as(mira, 'PUT', path(other, `/${b.id}/rsvp`), { answer: 'yes' });
    const mine = (await as(mira, 'GET', '/api/me/meetings')).body;
    expect(mine.map((m: { id: string; myRsvp: string | null }) => [m.id, m.myRsvp])).toEqual([[b.id, 'yes'], [a.id, null]]);
  });
});

describe('the meetings demo', () => {
  it('gives the demo personas past and upcoming meetings, a series, and open action items', async () => {
    const t = await TestApp.start(testDatabases()[0][1]);
    try {
      expect(await t.app.get(DemoSeeds).loadIfEmpty()).toBe(true);
      const res = await t.request('POST', '/api/auth/login', { body: { email: 'professional@broedplaats.nl', password: DEMO_PASSWORD } });
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const mine = (await t.request('GET', '/api/me/meetings', { cookie })).body as Array<{ seriesId: string | null; networkName: string }>;
      expect(mine.filter((m) => m.seriesId).length).toBe(3);
      expect(new Set(mine.map((m) => m.networkName)).size).toBe(2);
      const actions = (await t.request('GET', '/api/me/action-items', { cookie })).body as Array<{ text: string; status: string }>;
      expect(actions.map((a) => a.text)).toEqual(expect.arrayContaining(['Ervaringen met de kaart opschrijven']));
      const networkId = (await t.request('GET', '/api/networks?scope=mine', { cookie })).body.items.find((n: { name: string }) => n.name.includes('Almere')).id;
      const past = (await t.request('GET', `/api/networks/${networkId}/meetings?when=past`, { cookie })).body.items;
      const detail = (await t.request('GET', `/api/networks/${networkId}/meetings/${past[0].id}`, { cookie })).body as MeetingDetail;
      expect(detail.items.length).toBeGreaterThan(2);
      expect(detail.decisions.length).toBeGreaterThan(0);
      expect(detail.attendance.length).toBeGreaterThan(2);
    } finally {
      await t.close();
    }
  });
});
