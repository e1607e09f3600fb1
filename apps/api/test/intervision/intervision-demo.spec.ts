import { SESSION_COOKIE, type IntervisionSessionDetail, type IntervisionSessionSummary, type ReflectionAggregates, type SharedReflection } from '@broedplaats/contracts';
import { DemoSeeds } from '../../src/core/demo-seeds';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

/** The demo's intervision and reflection, as the personas see them. */
describe('the demo intervision and reflection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1]);
    expect(await t.app.get(DemoSeeds).loadIfEmpty()).toBe(true);
  });
  afterAll(() => t.close());
  const login = async (email: string) => {
    const res = await t.request('POST', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } });
    return res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  };
  const get = async (cookie: string, url: string) => (await t.request('GET', url, { cookie })).body;

  it('shows Pieter his past session as case owner, with questions, advice he took away and his take-aways, and a planned one he leads', async () => {
    const pieter = await login('professional@broedplaats.nl');
    const mine = (await get(pieter, '/api/me/intervision-sessions')) as IntervisionSessionSummary[];
    expect(mine.map((s) => [s.status, s.myRole, s.method.name.en]).sort()).toEqual([['ended', 'case-owner', 'Incident method'], ['planned', 'lead', 'Gossip method']]);
    const past = mine.find((s) => s.status === 'ended')!;
    const detail = (await get(pieter, `/api/networks/${past.networkId}/intervision-sessions/${past.id}`)) as IntervisionSessionDetail;
    expect(detail.case?.text).toContain('Persoon A');
    expect(detail.contributions.filter((c) => c.kind === 'advice' && c.takenAway)).toHaveLength(2);
    expect(detail.takeAways).toContain('envelop');
  });

  it('keeps the sessions from a platform admin (404)', async () => {
    const pieter = await login('professional@broedplaats.nl');
    const [past] = ((await get(pieter, '/api/me/intervision-sessions')) as IntervisionSessionSummary[]).filter((s) => s.status === 'ended');
    const admin = await login('admin@broedplaats.nl');
    expect((await t.request('GET', `/api/networks/${past!.networkId}/intervision-sessions/${past!.id}`, { cookie: admin })).status).toBe(404);
  });

  it('has shared reflections from five people, aggregates that show them, and a shared value story', async () => {
    const bea = await login('burger@broedplaats.nl');
    const pieter = await login('professional@broedplaats.nl');
    const [past] = (await get(pieter, '/api/me/intervision-sessions')) as IntervisionSessionSummary[];
    const networkId = past!.networkId;
    const shared = (await get(bea, `/api/networks/${networkId}/reflections`)) as SharedReflection[];
    expect(new Set(shared.map((r) => r.author?.id)).size).toBe(5);
    expect(JSON.stringify(shared)).not.toContain('Alleen voor mezelf');
    const aggregates = (await get(bea, `/api/networks/${networkId}/reflection-aggregates`)) as ReflectionAggregates;
    expect(aggregates.prompt).not.toBeNull();
    const stories = await get(bea, `/api/networks/${networkId}/value-stories`);
    expect(stories.map((s: { title: string }) => s.title)).toEqual(['De signaalkaart en de wachttijd']);
    expect((await get(pieter, '/api/me/reflections')).length).toBe(2);
  });
});
