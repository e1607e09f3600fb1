import { TestApp, type Account } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';

const INCIDENT = 'a0000000-0000-4000-8000-000000000001';
const PRIVATE = 'Alleen voor mij: ik twijfel aan mezelf.';

/**
 * A journal is its writer's alone (admins included); a shared part is for the network's members;
 * aggregates show no cell of fewer than five people; leaving keeps one's reflections.
 */
describe.each(testDatabases())('reflection on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let fac: Account, writer: Account, member: Account, outsider: Account, admin: Account, others: Account[];
  let networkId: string;
  let reflectionId: string;
  beforeAll(async () => {
    t = await TestApp.start(db);
    const f = t.fixtures;
    [fac, writer, member, outsider, admin] = await Promise.all(['Fenna', 'Wim', 'Mira', 'Otto', 'Anna'].map((n) => f.person(n, { isPlatformAdmin: n === 'Anna' })));
    others = await Promise.all(['Aad', 'Bo', 'Cor', 'Dirk'].map((n) => f.person(n)));
    networkId = await f.network({ facilitators: [fac], members: [writer, member, ...others] });
    const res = await t.request('POST', '/api/me/reflections', { cookie: writer.cookie, body: { text: PRIVATE, networkId, sharedPart: 'Ik leer doorvragen.', domains: ['subjectification'], cycles: ['immediate'] } });
    expect(res.status).toBe(201);
    reflectionId = res.body.id;
  });
  afterAll(() => t.close());

  it.each<[string, () => Account, number]>([
    ['the writer', () => writer, 200], ['a member', () => member, 404], ['the facilitator', () => fac, 404], ['an outsider', () => outsider, 404], ['a platform admin', () => admin, 404],
  ])('%s: editing the reflection answers %i, and only the writer’s journal holds it', async (_who, who, status) => {
    const res = await t.request('PATCH', `/api/me/reflections/${reflectionId}`, { cookie: who().cookie, body: { domains: ['subjectification', 'socialisation'] } });
    expect(res.status).toBe(status);
    const journal = await t.request('GET', '/api/me/reflections', { cookie: who().cookie });
    expect(journal.body.some((r: { id: string }) => r.id === reflectionId)).toBe(who() === writer);
  });

  it.each<[string, () => Account, number]>([['a member', () => member, 200], ['the facilitator', () => fac, 200], ['an outsider', () => outsider, 404], ['a platform admin', () => admin, 403]])(
    '%s reads the shared part (%i), never the private text',
    async (_who, who, status) => {
      const res = await t.request('GET', `/api/networks/${networkId}/reflections`, { cookie: who().cookie });
      expect(res.status).toBe(status);
      expect(JSON.stringify(res.body)).not.toContain('twijfel');
      if (status === 200) expect(res.body[0]).toMatchObject({ sharedPart: 'Ik leer doorvragen.', author: { id: writer.id } });
    },
  );

  it('refuses sharing without a network, and sharing with a network one is not in, changing nothing', async () => {
    const noNetwork = await t.request('POST', '/api/me/reflections', { cookie: writer.cookie, body: { text: 'x', sharedPart: 'y' } });
    expect(noNetwork.status).toBe(400);
    expect(Object.keys(noNetwork.body.error.fields)).toEqual(['networkId']);
    const elsewhere = await t.request('POST', '/api/me/reflections', { cookie: outsider.cookie, body: { text: 'x', networkId, sharedPart: 'y' } });
    expect(elsewhere.status).toBe(404);
    expect((await t.request('GET', '/api/me/reflections', { cookie: outsider.cookie })).body).toEqual([]);
  });

  it('links to an intervision session only for its case owner', async () => {
    const session = await t.request('POST', `/api/networks/${networkId}/intervision-sessions`, {
      cookie: fac.cookie, body: { title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: INCIDENT, people: [{ userId: writer.id, role: 'case-owner' }, { userId: member.id, role: 'lead' }] },
    });
    const link = { kind: 'intervision', id: session.body.id };
    expect((await t.request('POST', '/api/me/reflections', { cookie: member.cookie, body: { text: 'Over de casus', networkId, link } })).status).toBe(400);
    expect((await t.request('POST', '/api/me/reflections', { cookie: writer.cookie, body: { text: 'Wat ik meenam', networkId, link } })).status).toBe(201);
  });

  it('aggregates show cells of five people or more and prompt the least-written side', async () => {
    // Four people so far share: the writer (subjectification). Four more share qualification.
    for (const who of others) await t.request('POST', '/api/me/reflections', { cookie: who.cookie, body: { text: 'x', networkId, sharedPart: 'Beter werken', domains: ['qualification'] } });
    const few = (await t.request('GET', `/api/networks/${networkId}/reflection-aggregates`, { cookie: member.cookie })).body;
    expect(few.periods[0].domains).toEqual([]); // qualification: 4 people, subjectification: 1
    expect(few.periods[0].hidden).toBeGreaterThanOrEqual(2);
    expect(few.prompt).toBe('subjectification'); // 5 people shared, subjectification least
    await t.request('POST', '/api/me/reflections', { cookie: member.cookie, body: { text: 'x', networkId, sharedPart: 'Ook beter', domains: ['qualification'] } });
    const enough = (await t.request('GET', `/api/networks/${networkId}/reflection-aggregates`, { cookie: member.cookie })).body;
    expect(enough.periods[0].domains).toEqual([{ key: 'qualification', reflections: 5, people: 5 }]);
  });

  it('value stories: unshared ones are their writer’s; shared ones the members’; only the writer edits', async () => {
    const story = await t.request('POST', `/api/networks/${networkId}/value-stories`, { cookie: writer.cookie, body: { title: 'Mijn verhaal', immediate: 'Het begon in de leerkring' } });
    expect(story.status).toBe(201);
    const url = `/api/networks/${networkId}/value-stories/${story.body.id}`;
    expect((await t.request('GET', url, { cookie: member.cookie })).status).toBe(404);
    expect((await t.request('PATCH', url, { cookie: writer.cookie, body: { shared: true } })).body.shared).toBe(true);
    expect((await t.request('GET', url, { cookie: member.cookie })).body.title).toBe('Mijn verhaal');
    expect((await t.request('PATCH', url, { cookie: member.cookie, body: { title: 'Van mij' } })).status).toBe(403);
    expect((await t.request('GET', url, { cookie: admin.cookie })).status).toBe(404);
  });

  it('an archived network takes no shares (409), and a writer who leaves keeps their reflections', async () => {
    const leaver = await t.fixtures.person('Lotte');
    await t.fixtures.member(networkId, leaver);
    const mine = await t.request('POST', '/api/me/reflections', { cookie: leaver.cookie, body: { text: 'Van mij', networkId, sharedPart: 'Gedeeld' } });
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${leaver.id}`, { cookie: fac.cookie })).status).toBe(204);
    const journal = await t.request('GET', '/api/me/reflections', { cookie: leaver.cookie });
    expect(journal.body.map((r: { id: string }) => r.id)).toEqual([mine.body.id]);
    expect((await t.request('GET', `/api/networks/${networkId}/reflections`, { cookie: leaver.cookie })).status).toBe(404);
    expect((await t.request('POST', `/api/networks/${networkId}/archive`, { cookie: fac.cookie })).status).toBe(200);
    const refused = await t.request('POST', '/api/me/reflections', { cookie: writer.cookie, body: { text: 'x', networkId, sharedPart: 'y' } });
    expect(refused.body.error.code).toBe('network_archived');
    expect((await t.request('POST', `/api/networks/${networkId}/restore`, { cookie: fac.cookie })).status).toBe(200);
  });
});
