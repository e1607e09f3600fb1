import type { Account } from '../support/app';
import { testDatabases } from '../support/databases';
import { useLiveApp } from '../support/live';

const INCIDENT = 'a0000000-0000-4000-8000-000000000001';

/**
 * A session's live news (phase moves, viewers, changes) reaches its participants and planner only:
 * a member of the same network outside the session hears nothing, and may not watch it. The barrier
 * is a later event both must receive (a network-wide one), never a pause.
 */
const live = useLiveApp(testDatabases()[0][1]);

describe('intervision live', () => {
  let fac: Account, owner: Account, lead: Account, member: Account;
  let networkId: string;
  let sessionId: string;
  beforeEach(async () => {
    const f = live.t.fixtures;
    [fac, owner, lead, member] = await Promise.all(['Fenna', 'Olga', 'Lars', 'Mira'].map((n) => f.person(n)));
    networkId = await f.network({ facilitators: [fac], members: [owner, lead, member] });
    const res = await live.t.request('POST', `/api/networks/${networkId}/intervision-sessions`, {
      cookie: fac.cookie, body: { title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: INCIDENT, people: [{ userId: owner.id, role: 'case-owner' }, { userId: lead.id, role: 'lead' }] },
    });
    sessionId = res.body.id;
  });

  /** A profile change every member hears: after it, nothing earlier can still arrive. */
  const barrier = () => live.t.request('PATCH', `/api/networks/${networkId}`, { cookie: fac.cookie, body: { region: `Barrière ${Date.now()}` } });

  it('phase moves and contributions reach the participants, not another member', async () => {
    const [ownerIn, leadIn, memberIn] = await Promise.all([owner, lead, member].map((who) => live.open(who)));
    for (const inbox of [ownerIn, leadIn, memberIn]) inbox.forget();
    const start = await live.t.request('POST', `/api/networks/${networkId}/intervision-sessions/${sessionId}/live`, { cookie: lead.cookie, body: { action: 'start' } });
    expect(start.status).toBe(200);
    const moved = await ownerIn.next('steps.changed', (p) => p.state.subjectId === sessionId);
    expect(moved.state).toMatchObject({ subjectKind: 'intervision', status: 'running', currentStepId: start.body.steps[0].id });
    expect(moved.state.currentEndsAt).not.toBeNull();
    await leadIn.next('intervision.changed', (p) => p.sessionId === sessionId);
    await barrier();
    await memberIn.next('network.updated');
    expect(memberIn.all('steps.changed')).toEqual([]);
    expect(memberIn.all('intervision.changed')).toEqual([]);
    // Events name the session, never what was written in it.
    expect(JSON.stringify([...ownerIn.all('intervision.changed'), ...ownerIn.all('steps.changed')])).not.toMatch(/casus|Casus/);
  });

  it('only the session’s people may watch it and see who has it open', async () => {
    const [ownerIn, memberIn] = await Promise.all([owner, member].map((who) => live.open(who)));
    const refused = await memberIn.socket.emitWithAck('steps.watch', { subjectKind: 'intervision', subjectId: sessionId });
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    memberIn.forget();
    const watched = await ownerIn.socket.emitWithAck('steps.watch', { subjectKind: 'intervision', subjectId: sessionId });
    expect(watched).toEqual({ viewers: [{ userId: owner.id, displayName: 'Olga' }] });
    await barrier();
    await memberIn.next('network.updated');
    expect(memberIn.all('steps.viewers')).toEqual([]);
  });
});
