import type { IntervisionSessionDetail } from '@broedplaats/contracts';
import { TestApp, type Account, type Reply } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';

/**
 * Who reaches what of an intervision session: every endpoint × every role, against the rules
 * written out by hand (not computed from the domain's code). Content is for the session's
 * participants alone: a member outside it, a facilitator outside it (even the one who planned it),
 * platform admins (on a facilitator-on-duty shift or not), outsiders and a removed participant all
 * get 404, as if the session did not exist. The session runs, in its question-writing phase.
 */
type Role = 'case owner' | 'lead' | 'participant' | 'planner' | 'member' | 'facilitator' | 'outsider' | 'elsewhere' | 'removed' | 'admin' | 'admin on duty';
const roles: Role[] = ['case owner', 'lead', 'participant', 'planner', 'member', 'facilitator', 'outsider', 'elsewhere', 'removed', 'admin', 'admin on duty'];
const INCIDENT = 'a0000000-0000-4000-8000-000000000001';
const nobody = { planner: 404, member: 404, facilitator: 404, outsider: 404, elsewhere: 404, removed: 404, admin: 404, 'admin on duty': 404 } as const;

type Send = (s: IntervisionSessionDetail, as: (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => Promise<Reply>) => Promise<Reply>;
const endpoints: Array<{ name: string; expected: Record<Role, number>; send: Send }> = [
  { name: 'GET session (content)', expected: { 'case owner': 200, lead: 200, participant: 200, ...nobody }, send: (_s, as) => as('GET', '') },
  { name: 'GET audit', expected: { 'case owner': 200, lead: 200, participant: 200, ...nobody }, send: (_s, as) => as('GET', '/audit') },
  { name: 'POST contribution', expected: { 'case owner': 201, lead: 201, participant: 201, ...nobody }, send: (_s, as) => as('POST', '/contributions', { text: 'Wat gebeurde er daarna?' }) },
  // Running, past its case phase: the case owner is told it is too late; the others may not write it at all.
  { name: 'PUT case', expected: { 'case owner': 409, lead: 403, participant: 403, ...nobody }, send: (_s, as) => as('PUT', '/case', { text: 'Andere casus' }) },
  { name: 'PUT take-aways', expected: { 'case owner': 204, lead: 403, participant: 403, ...nobody }, send: (_s, as) => as('PUT', '/take-aways', { text: 'Ik neem mee: eerst luisteren.' }) },
  // Roles are fixed once it runs: the lead is told so; the planner, outside it, no longer reaches it either way.
  { name: 'PATCH session', expected: { 'case owner': 403, lead: 409, participant: 403, ...nobody, planner: 409 }, send: (_s, as) => as('PATCH', '', { title: 'Nieuwe titel' }) },
  { name: 'POST live (goto)', expected: { 'case owner': 403, lead: 200, participant: 403, ...nobody }, send: (s, as) => as('POST', '/live', { action: 'goto', stepId: s.live.steps[2]!.id }) },
  { name: 'DELETE contribution', expected: { 'case owner': 404, lead: 404, participant: 404, ...nobody }, send: (_s, as) => as('DELETE', '/contributions/6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f') },
  { name: 'DELETE case', expected: { 'case owner': 204, lead: 403, participant: 403, ...nobody }, send: (_s, as) => as('DELETE', '/case') },
];

describe.each(testDatabases())('intervision confidentiality on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let people: Record<Role, Account>;
  let networkId: string;
  let session: IntervisionSessionDetail;
  beforeAll(async () => {
    t = await TestApp.start(db);
    const f = t.fixtures;
    const accounts = await Promise.all(roles.map((r) => f.person(r, { isPlatformAdmin: r.startsWith('admin') })));
    people = Object.fromEntries(roles.map((r, i) => [r, accounts[i]])) as Record<Role, Account>;
    networkId = await f.network({ facilitators: [people.planner, people.facilitator], members: [people['case owner'], people.lead, people.participant, people.member, people.removed] });
    await f.network({ facilitators: [people.elsewhere] });
    const as = (who: Role, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => t.request(method, `/api/networks/${networkId}/intervision-sessions${path}`, { cookie: people[who].cookie, body });
    const planned = await as('planner', 'POST', '', {
      title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: INCIDENT,
      people: [{ userId: people['case owner'].id, role: 'case-owner' }, { userId: people.lead.id, role: 'lead' }, { userId: people.participant.id, role: 'participant' }, { userId: people.removed.id, role: 'participant' }],
    });
    expect(planned.status).toBe(201);
    const id = planned.body.id as string;
    expect((await as('case owner', 'PUT', `/${id}/case`, { text: 'Een inwoner wil geen hulp.' })).status).toBe(200);
    expect((await as('lead', 'POST', `/${id}/live`, { action: 'start' })).status).toBe(200);
    expect((await as('lead', 'POST', `/${id}/live`, { action: 'next' })).status).toBe(200);
    expect((await as('lead', 'POST', `/${id}/live`, { action: 'next' })).status).toBe(200);
    // Removed the way the product does it, after having taken part.
    expect((await as('removed', 'GET', `/${id}`)).status).toBe(200);
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${people.removed.id}`, { cookie: people.planner.cookie })).status).toBe(204);
    expect((await t.request('POST', `/api/admin/networks/${networkId}/duty`, { cookie: people['admin on duty'].cookie, body: { reason: 'Een lid vraagt om hulp' } })).status).toBe(201);
    session = (await as('lead', 'GET', `/${id}`)).body;
    expect(session.currentPhaseKey).toBe('write-questions');
  });
  afterAll(() => t.close());

  describe.each(endpoints.map((e) => [e.name, e] as const))('%s', (_name, endpoint) => {
    it.each(roles)('%s', async (role) => {
      const as = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
        t.request(method, `/api/networks/${networkId}/intervision-sessions/${session.id}${path}`, { cookie: people[role].cookie, body });
      const res = await endpoint.send(session, as);
      expect(`${role}: ${res.status}`).toBe(`${role}: ${endpoint.expected[role]}`);
      // Whatever the refusal, it never carries content.
      if (res.status >= 400) expect(JSON.stringify(res.body)).not.toMatch(/inwoner|Wat gebeurde/);
    });
  });

  it.each<[Role, number, number]>([
    ['case owner', 200, 1], ['lead', 200, 1], ['participant', 200, 1], ['planner', 200, 1], ['member', 200, 0], ['facilitator', 200, 0],
    ['outsider', 404, 0], ['elsewhere', 404, 0], ['removed', 404, 0], ['admin', 403, 0], ['admin on duty', 403, 0],
  ])('the network’s list shows %s (%i) %i sessions, never content', async (role, status, count) => {
    const res = await t.request('GET', `/api/networks/${networkId}/intervision-sessions`, { cookie: people[role].cookie });
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body).toHaveLength(count);
    expect(JSON.stringify(res.body)).not.toMatch(/inwoner|Wat gebeurde/);
    const mine = await t.request('GET', '/api/me/intervision-sessions', { cookie: people[role].cookie });
    expect(mine.body).toHaveLength(count);
  });

  it('the planner sees the summary in the list with their role, not the people’s words', async () => {
    const [summary] = (await t.request('GET', `/api/networks/${networkId}/intervision-sessions`, { cookie: people.planner.cookie })).body;
    expect(summary).toMatchObject({ myRole: 'planner', status: 'running', method: { id: INCIDENT } });
    expect(Object.keys(summary)).not.toContain('case');
  });

  it('the audit shows who opened the content, and only participants opened it', async () => {
    const res = await t.request('GET', `/api/networks/${networkId}/intervision-sessions/${session.id}/audit`, { cookie: people.participant.cookie });
    const who = new Set(res.body.map((a: { person: { id: string } }) => a.person.id));
    expect([...who].every((id) => [people['case owner'].id, people.lead.id, people.participant.id, people.removed.id].includes(id as string))).toBe(true);
    expect(who.has(people.lead.id)).toBe(true);
  });
});
