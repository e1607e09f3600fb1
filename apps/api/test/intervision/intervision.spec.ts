import { eq } from 'drizzle-orm';
import { intervisionContributions, intervisionMethods, intervisionSessions } from '../../src/intervision/intervision.tables';
import { IntervisionRetention } from '../../src/intervision/intervision.retention';
import { FakeClock, TestApp, type Account } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';

const DAY = 86_400_000;
const INCIDENT = 'a0000000-0000-4000-8000-000000000001';
const GOSSIP = 'a0000000-0000-4000-8000-000000000002';
const CASE = 'Mevrouw Bakker (BSN 123456782) belt ons steeds op 06-12345678 over haar buurman.';

/** A valid two-phase template; tests spoil it one field at a time. */
const template = () => ({
  name: { nl: 'Korte casus', en: 'Short case' },
  purpose: { nl: 'Snel een casus bespreken.', en: 'Discuss a case quickly.' },
  groupSize: { min: 3, max: 6 },
  phases: [
    { key: 'case', name: { nl: 'Casus', en: 'Case' }, instructions: { nl: 'Vertel.', en: 'Tell.' }, minutes: 5, speaker: 'case-owner', collects: 'case', caseOwnerListensOnly: false },
    { key: 'advice', name: { nl: 'Advies', en: 'Advice' }, instructions: { nl: 'Geef advies.', en: 'Give advice.' }, minutes: 10, speaker: 'group', collects: 'advice', caseOwnerListensOnly: true },
  ],
});

describe.each(testDatabases())('intervision on %s', (_kind, db: TestDatabase) => {
  const clock = new FakeClock(Date.parse('2026-03-16T09:00:00Z'));
  let t: TestApp;
  let fac: Account, owner: Account, lead: Account, part: Account, member: Account;
  let networkId: string;
  beforeAll(async () => {
    t = await TestApp.start(db, {}, { clock });
    [fac, owner, lead, part, member] = await Promise.all(['Fenna', 'Olga', 'Lars', 'Pia', 'Mira'].map((n) => t.fixtures.person(n)));
    networkId = await t.fixtures.network({ facilitators: [fac], members: [owner, lead, part, member] });
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/networks/${networkId}/intervision-sessions${path}`;
  const req = (who: Account, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => t.request(method, path, { cookie: who.cookie, body });
  const people = (extra: Array<{ userId: string; role: string }> = []) => [
    { userId: owner.id, role: 'case-owner' }, { userId: lead.id, role: 'lead' }, { userId: part.id, role: 'participant' }, ...extra,
  ];
  const plan = async (methodId = GOSSIP, startsAt = '2026-03-20T10:00:00.000Z') => {
    const res = await req(fac, 'POST', url(), { title: 'Intervisie', startsAt, methodId, people: people() });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const sessionCount = async () => (await t.database!.db.select().from(intervisionSessions)).length;

  describe('methods as data', () => {
    it('lists the six built-in methods with their phases, and makes a network copy', async () => {
      const list = await req(member, 'GET', `/api/networks/${networkId}/intervision-methods`);
      expect(list.body.map((m: { slug: string }) => m.slug)).toEqual(['incident-method', 'gossip-method', 'balint-method', 'solution-focused-intervision', 'five-step-method', 'socratic-dialogue']);
      const incident = list.body[0];
      expect(incident.phases).toHaveLength(10);
      expect(incident.totalMinutes).toBe(80); // 5+5+5+15+10+5+10+10+10+5
      const copy = await req(fac, 'POST', `/api/networks/${networkId}/intervision-methods`, { ...template(), basedOn: INCIDENT });
      expect(copy.status).toBe(201);
      expect(copy.body).toMatchObject({ builtIn: false, basedOn: INCIDENT, networkId, totalMinutes: 15 });
    });

    it.each<[string, (m: ReturnType<typeof template>) => unknown, string]>([
      ['two case phases', (m) => ({ ...m, phases: m.phases.map((p) => ({ ...p, collects: 'case' })) }), 'phases'],
      ['a duplicate phase key', (m) => ({ ...m, phases: m.phases.map((p) => ({ ...p, key: 'same' })) }), 'phases.1.key'],
      ['an unknown speaker', (m) => ({ ...m, phases: [m.phases[0], { ...m.phases[1], speaker: 'audience' }] }), 'phases.1.speaker'],
      ['no minutes', (m) => ({ ...m, phases: [m.phases[0], { ...m.phases[1], minutes: 0 }] }), 'phases.1.minutes'],
      ['min above max', (m) => ({ ...m, groupSize: { min: 8, max: 4 } }), 'groupSize.max'],
      ['no English name', (m) => ({ ...m, name: { nl: 'Alleen Nederlands' } }), 'name.en'],
    ])('refuses a bad template (%s) with its fields, storing nothing', async (_what, spoil, field) => {
      const before = (await t.database!.db.select().from(intervisionMethods)).length;
      const res = await req(fac, 'POST', `/api/networks/${networkId}/intervision-methods`, spoil(template()));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect((await t.database!.db.select().from(intervisionMethods)).length).toBe(before);
    });

    it('members do not make methods; built-ins are not changed', async () => {
      expect((await req(member, 'POST', `/api/networks/${networkId}/intervision-methods`, template())).status).toBe(403);
      expect((await req(fac, 'PUT', `/api/networks/${networkId}/intervision-methods/${INCIDENT}`, template())).status).toBe(403);
    });
  });

  describe('planning', () => {
    it.each<[string, unknown, string]>([
      ['no lead', { people: [{ userId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'case-owner' }, { userId: '7f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'participant' }] }, 'people'],
      ['a stranger', { people: [{ userId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'case-owner' }, { userId: '7f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f', role: 'lead' }] }, 'people.0.userId'],
      ['no such method', { methodId: '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f' }, 'methodId'],
      ['no title', { title: '' }, 'title'],
    ])('refuses %s with its fields, planning nothing', async (_what, spoil, field) => {
      const before = await sessionCount();
      const res = await req(fac, 'POST', url(), { title: 'Intervisie', startsAt: '2026-03-20T10:00:00.000Z', methodId: GOSSIP, people: people(), ...(spoil as object) });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect(await sessionCount()).toBe(before);
    });

    it('a member does not plan; roles change until the start, not after', async () => {
      expect((await req(member, 'POST', url(), { title: 'Intervisie', startsAt: '2026-03-20T10:00:00.000Z', methodId: GOSSIP, people: people() })).status).toBe(403);
      const id = await plan();
      const swapped = await req(fac, 'PATCH', url(`/${id}`), { people: [{ userId: part.id, role: 'case-owner' }, { userId: lead.id, role: 'lead' }, { userId: owner.id, role: 'timekeeper' }] });
      expect(swapped.status).toBe(200);
      expect(swapped.body.people.find((p: { role: string }) => p.role === 'case-owner').person.id).toBe(part.id);
      expect((await req(lead, 'POST', url(`/${id}/live`), { action: 'start' })).status).toBe(200);
      expect((await req(fac, 'PATCH', url(`/${id}`), { title: 'Later' })).body.error.code).toBe('invalid_transition');
    });
  });

  describe('a session, phase by phase', () => {
    it('checks the case for what identifies people, on the server too; the owner decides', async () => {
      const id = await plan();
      const res = await req(owner, 'PUT', url(`/${id}/case`), { text: CASE });
      expect(res.status).toBe(200);
      expect(res.body.hits.map((h: { kind: string }) => h.kind)).toEqual(['person-name', 'bsn', 'phone']);
      expect(res.body.text).toBe(CASE);
      const check = await req(member, 'POST', '/api/intervision/pseudonym-check', { text: 'Bel 0612345678' });
      expect(check.body.hits).toEqual([{ kind: 'phone', text: '0612345678', start: 4, end: 14, suggestion: '[telefoonnummer]' }]);
    });

    it('collects what each phase asks for; the case owner only listens where the method says so; advice is marked', async () => {
      const id = await plan();
      const go = (body: unknown) => req(lead, 'POST', url(`/${id}/live`), body);
      expect((await req(part, 'POST', url(`/${id}/contributions`), { text: 'Te vroeg' })).body.error.code).toBe('live_not_running');
      const start = await go({ action: 'start' });
      // Gossip method: present (case), clarify (questions), gossip (hypotheses, owner listens), ...
      const steps = start.body.steps as Array<{ id: string }>;
      expect((await req(part, 'POST', url(`/${id}/contributions`), { text: 'Niets' })).body.error.code).toBe('invalid_transition');
      const detail = (await req(part, 'GET', url(`/${id}`))).body;
      const phases = detail.phases as Array<{ key: string; collects: string; caseOwnerListensOnly: boolean }>;
      const listen = phases.findIndex((p) => p.caseOwnerListensOnly && p.collects !== 'none');
      await go({ action: 'goto', stepId: steps[listen]!.id });
      expect((await req(owner, 'POST', url(`/${id}/contributions`), { text: 'Mag ik iets zeggen?' })).status).toBe(403);
      const heard = await req(part, 'POST', url(`/${id}/contributions`), { text: 'Misschien is ze bang.' });
      expect(heard.status).toBe(201);
      expect(heard.body.kind).toBe(phases[listen]!.collects);
      const advicePhase = phases.findIndex((p) => p.collects === 'advice');
      if (advicePhase >= 0) {
        await go({ action: 'goto', stepId: steps[advicePhase]!.id });
        const advice = await req(part, 'POST', url(`/${id}/contributions`), { text: 'Bel samen.' });
        expect((await req(owner, 'PUT', url(`/${id}/contributions/${advice.body.id}/take-away`), { takenAway: true })).body.takenAway).toBe(true);
      }
      expect((await req(part, 'PUT', url(`/${id}/contributions/${heard.body.id}/take-away`), { takenAway: true })).status).toBe(403);
      await go({ action: 'end' });
      const ended = (await req(owner, 'GET', url(`/${id}`))).body;
      expect(ended.status).toBe('ended');
      expect((await req(part, 'POST', url(`/${id}/contributions`), { text: 'Te laat' })).body.error.code).toBe('invalid_transition');
    });

    it('keeps case text, contributions and take-aways encrypted at rest', async () => {
      const id = await plan(INCIDENT);
      await req(owner, 'PUT', url(`/${id}/case`), { text: CASE });
      await req(owner, 'PUT', url(`/${id}/take-aways`), { text: 'Eerst luisteren naar mevrouw.' });
      await req(lead, 'POST', url(`/${id}/live`), { action: 'start' });
      const steps = (await req(lead, 'GET', url(`/${id}`))).body.live.steps;
      await req(lead, 'POST', url(`/${id}/live`), { action: 'goto', stepId: steps[2].id });
      expect((await req(part, 'POST', url(`/${id}/contributions`), { text: 'Wie is de buurman?' })).status).toBe(201);
      const [row] = await t.database!.db.select().from(intervisionSessions).where(eq(intervisionSessions.id, id));
      const contributions = await t.database!.db.select().from(intervisionContributions).where(eq(intervisionContributions.sessionId, id));
      const raw = JSON.stringify({ row, contributions });
      for (const plain of ['Bakker', '123456782', 'luisteren', 'buurman']) expect(raw).not.toContain(plain);
      expect(row!.caseText).toMatch(/^v1:/);
      expect((await req(part, 'GET', url(`/${id}`))).body.case.text).toBe(CASE);
    });

    it('erases the case and contributions the configured days after the session; the owner keeps their take-aways', async () => {
      const id = await plan(INCIDENT, new Date(clock.now().getTime() + DAY).toISOString());
      await req(owner, 'PUT', url(`/${id}/case`), { text: CASE });
      await req(owner, 'PUT', url(`/${id}/take-aways`), { text: 'Wat ik meeneem.' });
      await req(lead, 'POST', url(`/${id}/live`), { action: 'start' });
      const steps = (await req(lead, 'GET', url(`/${id}`))).body.live.steps;
      await req(lead, 'POST', url(`/${id}/live`), { action: 'goto', stepId: steps[2].id });
      await req(part, 'POST', url(`/${id}/contributions`), { text: 'Een vraag' });
      await req(lead, 'POST', url(`/${id}/live`), { action: 'end' });
      const retention = t.app.get(IntervisionRetention);
      clock.advance(29 * DAY); // ended now; 29 of the default 30 days later: still kept
      await retention.run();
      expect((await req(part, 'GET', url(`/${id}`))).body.case).not.toBeNull();
      clock.advance(2 * DAY);
      expect(await retention.run()).toBeGreaterThanOrEqual(1);
      const forPart = (await req(part, 'GET', url(`/${id}`))).body;
      expect(forPart).toMatchObject({ case: null, contributions: [], takeAways: null });
      expect(forPart.erasedAt).not.toBeNull();
      const forOwner = (await req(owner, 'GET', url(`/${id}`))).body;
      expect(forOwner).toMatchObject({ case: null, contributions: [], takeAways: 'Wat ik meeneem.' });
      expect((await req(owner, 'DELETE', url(`/${id}/take-aways`))).status).toBe(204);
      expect((await req(owner, 'GET', url(`/${id}`))).body.takeAways).toBeNull();
      expect((await req(owner, 'PUT', url(`/${id}/case`), { text: 'Opnieuw' })).body.error.code).toBe('invalid_transition');
    });

    it('an archived network is read-only (409 network_archived)', async () => {
      const id = await plan(INCIDENT);
      expect((await req(fac, 'POST', `/api/networks/${networkId}/archive`)).status).toBe(200);
      try {
        expect((await req(owner, 'PUT', url(`/${id}/case`), { text: 'Casus' })).body.error.code).toBe('network_archived');
        expect((await req(fac, 'POST', url(), { title: 'Intervisie', startsAt: '2026-03-20T10:00:00.000Z', methodId: GOSSIP, people: people() })).body.error.code).toBe('network_archived');
        expect((await req(part, 'GET', url(`/${id}`))).status).toBe(200);
      } finally {
        expect((await req(fac, 'POST', `/api/networks/${networkId}/restore`)).status).toBe(200);
      }
    });
  });
});
