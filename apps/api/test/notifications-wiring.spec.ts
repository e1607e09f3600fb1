import type { NotificationPage } from '@broedplaats/contracts';
import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

// What the agenda and meetings tell people through the notification store ("Voor mij" and the bell).
describe.each(testDatabases())('notifications from the agenda and meetings on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const t = () => live.t;
  const as = (who: Account, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => t().request(method, url, { cookie: who.cookie, body });
  const mine = async (who: Account) => ((await as(who, 'GET', '/api/me/notifications')).body as NotificationPage).items;

  async function scene() {
    const f = t().fixtures;
    const [fac, mira, kees, otto] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { name: 'Almere' });
    return { fac, mira, kees, otto, networkId };
  }

  it('tells the other members of a new question, and the proposer and supporters when it moves on', async () => {
    const { fac, mira, kees, otto, networkId } = await scene();
    const keesIn = await live.open(kees);
    const asked = await as(mira, 'POST', `/api/networks/${networkId}/questions`, { title: 'Hoe vinden we eenzame ouderen?', situation: 'In de wijk.' });
    expect(asked.status).toBe(201);
    const heard = await keesIn.next('notification.created', (p) => p.notification.kind === 'question.proposed');
    expect(heard.notification).toMatchObject({ actor: { id: mira.id }, subjectId: asked.body.id, data: { title: 'Hoe vinden we eenzame ouderen?' } });
    expect((await mine(fac)).map((n) => n.kind)).toEqual(['question.proposed']);
    expect(await mine(mira)).toEqual([]);
    expect(await mine(otto)).toEqual([]);

    expect((await as(kees, 'PUT', `/api/networks/${networkId}/questions/${asked.body.id}/support`)).status).toBe(200);
    const moved = await as(fac, 'POST', `/api/networks/${networkId}/questions/${asked.body.id}/status`, { from: 'proposed', to: 'on-agenda', reason: '' });
    expect(moved.status).toBe(200);
    const toKees = await keesIn.next('notification.created', (p) => p.notification.kind === 'question.statusChanged');
    expect(toKees.notification).toMatchObject({ actor: { id: fac.id }, data: { title: 'Hoe vinden we eenzame ouderen?', to: 'on-agenda' } });
    expect((await mine(mira)).map((n) => n.kind)).toEqual(['question.statusChanged']);
    // The facilitator who moved it is not told of their own step.
    expect((await mine(fac)).map((n) => n.kind)).toEqual(['question.proposed']);
  });

  it('tells whoever is mentioned in a comment, and no one else', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const asked = await as(mira, 'POST', `/api/networks/${networkId}/questions`, { title: 'Vraag over buurtteams', situation: 'Hoe?' });
    const miraIn = await live.open(mira);
    const commented = await as(fac, 'POST', `/api/networks/${networkId}/questions/${asked.body.id}/comments`, { text: 'Mira, wat denk jij?', parentId: null, mentionedUserIds: [mira.id] });
    expect(commented.status).toBe(201);
    const heard = await miraIn.next('notification.created', (p) => p.notification.kind === 'comment.mentioned');
    expect(heard.notification).toMatchObject({ actor: { id: fac.id }, subjectId: asked.body.id, data: { title: 'Vraag over buurtteams' } });
    expect((await mine(kees)).map((n) => n.kind)).toEqual(['question.proposed']);
  });

  it('tells the members of a new meeting, and the assignee of an action item', async () => {
    const { fac, mira, kees, otto, networkId } = await scene();
    const miraIn = await live.open(mira);
    const meeting = await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Leerkring', type: 'learning-circle', start: '2030-10-01T19:00', end: '2030-10-01T21:00' });
    expect(meeting.status).toBe(201);
    const scheduled = await miraIn.next('notification.created', (p) => p.notification.kind === 'meeting.scheduled');
    expect(scheduled.notification).toMatchObject({ subjectId: meeting.body.id, data: { title: 'Leerkring', count: 1, startsAt: '2030-10-01T17:00:00.000Z' } });
    expect(await mine(otto)).toEqual([]);

    const acted = await as(fac, 'POST', `/api/networks/${networkId}/meetings/${meeting.body.id}/actions`, { text: 'Verslag maken', assigneeId: mira.id, dueOn: '2030-10-10' });
    expect(acted.status).toBe(201);
    const assigned = await miraIn.next('notification.created', (p) => p.notification.kind === 'actionItem.assigned');
    expect(assigned.notification).toMatchObject({ subjectId: meeting.body.id, data: { text: 'Verslag maken', meetingTitle: 'Leerkring' } });
    expect((await mine(kees)).map((n) => n.kind)).toEqual(['meeting.scheduled']);
  });

  it('tells those who answered, and only them, that a meeting moved to another time', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const meeting = await as(fac, 'POST', `/api/networks/${networkId}/meetings`, { title: 'Kenniscafé', type: 'knowledge-cafe', start: '2030-10-01T19:00', end: '2030-10-01T21:00' });
    expect((await as(mira, 'PUT', `/api/networks/${networkId}/meetings/${meeting.body.id}/rsvp`, { answer: 'yes', note: '' })).status).toBe(200);
    const miraIn = await live.open(mira);
    const moved = await t().request('PATCH', `/api/networks/${networkId}/meetings/${meeting.body.id}`, { cookie: fac.cookie, body: { start: '2030-10-08T19:00', end: '2030-10-08T21:00', scope: 'this' } });
    expect(moved.status).toBe(200);
    const heard = await miraIn.next('notification.created', (p) => p.notification.kind === 'meeting.rescheduled');
    expect(heard.notification).toMatchObject({ actor: { id: fac.id }, subjectId: meeting.body.id, data: { title: 'Kenniscafé', startsAt: '2030-10-08T17:00:00.000Z' } });
    // Kees did not answer: he heard of the meeting, not of the move; a new title alone tells nobody.
    expect((await mine(kees)).map((n) => n.kind)).toEqual(['meeting.scheduled']);
    expect((await t().request('PATCH', `/api/networks/${networkId}/meetings/${meeting.body.id}`, { cookie: fac.cookie, body: { title: 'Kenniscafé (nieuw)', scope: 'this' } })).status).toBe(200);
    expect((await mine(mira)).filter((n) => n.kind === 'meeting.rescheduled')).toHaveLength(1);
  });
});
