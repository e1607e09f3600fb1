import { SESSION_COOKIE, type CycleDetail, type CyclePage, type MyCycle } from '@broedplaats/contracts';
import { DemoSeeds } from '../src/core/demo-seeds';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { TestApp } from './support/app';
import { testDatabases } from './support/databases';

/** The demo's cycles, as the personas see them: weeks of measurements over two months, one stale, one private, one closed with its follow-up. */
describe('the demo cycles', () => {
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

  it('shows Pieter his cycles, the signal card with its indicators measured over months', async () => {
    const pieter = await login('professional@broedplaats.nl');
    const mine = (await get(pieter, '/api/me/cycles')) as MyCycle[];
    expect(mine.map((c) => [c.title, c.status]).sort()).toEqual([
      ['Eerder signaleren van schulden met de signaalkaart', 'running'],
      ['Samen beslissen aan de keukentafel', 'closed'],
      ['Samen beslissen: ook bij herindicaties', 'running'],
    ]);
    const card = mine.find((c) => c.title.includes('signaalkaart'))!;
    const detail = (await get(pieter, `/api/networks/${card.networkId}/cycles/${card.id}`)) as CycleDetail;
    expect(detail).toMatchObject({ iteration: 3, phase: 'act', stale: false, logCount: 10 });
    const [visits, days] = detail.outcomes[0].indicators;
    expect([visits.name, visits.direction, visits.baseline, visits.target]).toEqual(['aantal huisbezoeken met signaalkaart', 'higher', 0, 20]);
    expect([days.name, days.direction, days.baseline, days.target]).toEqual(['tijd tot eerste contact (dagen)', 'lower', 21, 7]);
    const dayValues = detail.measurements.filter((m) => m.indicatorId === days.id);
    expect(dayValues.map((m) => m.value)).toEqual([20, 19, 17, 15, 13, 12, 10, 9, 8, 8]);
    expect(new Set(dayValues.map((m) => m.date.slice(0, 7))).size).toBeGreaterThanOrEqual(2);
  });

  it('gives the facilitator an overview with a stale cycle, never Bas’s private one, and a closed cycle with its follow-up', async () => {
    const fenna = await login('facilitator@broedplaats.nl');
    const overview = await get(fenna, '/api/me/cycles-overview');
    const byName = (part: string) => overview.find((n: { networkName: string }) => n.networkName.includes(part));
    expect(byName('Eenzaamheid')).toMatchObject({ running: 1, stale: 1 });
    expect(byName('Almere')).toMatchObject({ running: 1, stale: 0 });
    const utrechtAll = (await get(fenna, `/api/networks/${byName('Utrecht').networkId}/cycles`)) as CyclePage;
    expect(utrechtAll.items.map((c) => c.visibility)).toEqual(['network', 'network']);
    const bas = await login('beleid@broedplaats.nl');
    const own = (await get(bas, `/api/networks/${byName('Utrecht').networkId}/cycles`)) as CyclePage;
    expect(own.items.map((c) => c.visibility).sort()).toEqual(['network', 'network', 'private']);
    const utrecht = (await get(fenna, `/api/networks/${byName('Utrecht').networkId}/cycles?status=closed`)) as CyclePage;
    const closed = (await get(fenna, `/api/networks/${byName('Utrecht').networkId}/cycles/${utrecht.items[0].id}`)) as CycleDetail;
    expect(closed.conclusion?.learned).toContain('volgorde');
    expect(closed.followUpId).not.toBeNull();
    const report = await get(fenna, `/api/networks/${byName('Almere').networkId}/cycles-report`);
    expect(report.cycles[0].indicators[0].points.length).toBeGreaterThan(5);
  });
});
