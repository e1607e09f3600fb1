import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { TestApp } from './support/app';

/**
 * Ontdek (public networks one is not in) and my networks: Dutch full-text search over names, texts,
 * theme names and partner names, filters that combine, and a stable order.
 */
describe.each(testDatabases())('discovering networks on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let fenna: Account;
  let mira: Account;
  const ids: Record<'almere' | 'utrecht' | 'heerlen' | 'besloten' | 'zeeland', string> = { almere: '', utrecht: '', heerlen: '', besloten: '', zeeland: '' };
  const nameOf = new Map<string, string>();

  beforeAll(async () => {
    t = await TestApp.start(db);
    [fenna, mira] = await Promise.all([t.fixtures.person('Fenna'), t.fixtures.person('Mira')]);
    const create = async (key: keyof typeof ids, body: Record<string, unknown>) => {
      ids[key] = (await t.createNetwork(fenna, { visibility: 'public', ...body })).id;
      nameOf.set(ids[key], key);
    };
    // Loneliness only through its theme; a Hogeschool as partner.
    await create('almere', {
      name: 'Buurtkracht Almere', province: 'Flevoland', region: 'Almere-Haven', type: 'thematic',
      themeIds: ['eenzaamheid-sociaal-isolement'], partners: [{ name: 'Hogeschool Windesheim', kind: 'university-of-applied-sciences' }],
    });
    await create('utrecht', {
      name: 'Jeugdnetwerk Utrecht', province: 'Utrecht', type: 'learning-network', status: 'paused',
      themeIds: ['jeugdzorg-jeugdwijkteams'], partners: [{ name: 'Gemeente Utrecht', kind: 'municipality' }],
    });
    // Loneliness only in its domain text; the Hogeschool at the end of the partner's name.
    await create('heerlen', {
      name: 'Werkplaats Parkstad', province: 'Limburg', region: 'Heerlen', type: 'werkplaats',
      domain: 'Ouderen die eenzaam zijn in hun wijk', partners: [{ name: 'Zuyd Hogeschool', kind: 'university-of-applied-sciences' }],
    });
    await create('besloten', { name: 'Besloten kring over eenzaamheid', visibility: 'members', province: 'Flevoland', type: 'thematic' });
    await create('zeeland', { name: 'Eenzaamheid Zeeland', province: 'Zeeland', type: 'thematic' });
    await t.fixtures.member(ids.zeeland, mira);
  });
  afterAll(() => t.close());

  const list = async (who: Account, query: string) => {
    const res = await t.request('GET', `/api/networks?${query}`, { cookie: who.cookie });
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ id: string }>).map((n) => nameOf.get(n.id) ?? `other:${n.id}`);
  };

  it('finds "eenzaam" through Dutch stemming in theme names and texts, ranked; never a closed or own network', async () => {
    // almere: the theme "Doorbreek eenzaamheid…" (weight B) ranks above heerlen's domain text (weight C).
    expect(await list(mira, 'scope=public&q=eenzaam')).toEqual(['almere', 'heerlen']);
    expect(await list(mira, 'scope=public&q=Eenzaamheid')).toEqual(['almere', 'heerlen']);
  });

  it('finds networks by partner: "Hogeschool" and the half-typed "hoge"', async () => {
    expect((await list(mira, 'scope=public&q=Hogeschool')).sort()).toEqual(['almere', 'heerlen']);
    expect((await list(mira, 'scope=public&q=hoge')).sort()).toEqual(['almere', 'heerlen']);
    expect(await list(mira, 'scope=public&q=Windesheim')).toEqual(['almere']);
    expect(await list(mira, 'scope=public&q=geen-enkel-netwerk-heet-zo')).toEqual([]);
  });

  it('combines filters for province, theme, type and status with the search', async () => {
    expect(await list(mira, 'scope=public&q=eenzaam&province=Limburg')).toEqual(['heerlen']);
    expect(await list(mira, 'scope=public&province=Flevoland&type=thematic')).toEqual(['almere']);
    expect(await list(mira, 'scope=public&status=paused')).toEqual(['utrecht']);
    expect(await list(mira, 'scope=public&theme=eenzaamheid-sociaal-isolement&q=hogeschool')).toEqual(['almere']);
    expect(await list(mira, 'scope=public&theme=eenzaamheid-sociaal-isolement&province=Limburg')).toEqual([]);
  });

  it('leaves my own networks out of Ontdek and lists them under my networks', async () => {
    const discover = await list(mira, 'scope=public&pageSize=100');
    expect(discover).toEqual(expect.arrayContaining(['almere', 'utrecht', 'heerlen']));
    expect(discover).not.toContain('zeeland');
    expect(discover).not.toContain('besloten');
    expect(await list(mira, 'scope=mine')).toEqual(['zeeland']);
    expect(await list(fenna, 'scope=public&pageSize=100')).toEqual([]);
  });

  it('searches and sorts my networks with a stable order', async () => {
    expect((await list(fenna, 'scope=mine&q=eenzaam')).sort()).toEqual(['almere', 'besloten', 'heerlen', 'zeeland']);
    expect(await list(fenna, 'scope=mine&sort=name')).toEqual(['besloten', 'almere', 'zeeland', 'utrecht', 'heerlen']);
    // Newest change first: zeeland was created last.
    expect((await list(fenna, 'scope=mine&sort=updated'))[0]).toBe('zeeland');
    // Pages of one never repeat or skip a network.
    const pages: string[] = [];
    for (let page = 1; page <= 5; page++) pages.push(...(await list(fenna, `scope=mine&sort=name&pageSize=1&page=${page}`)));
    expect(pages).toEqual(['besloten', 'almere', 'zeeland', 'utrecht', 'heerlen']);
  });

  it('breaks ties in the order on the id, so equal names page the same every time', async () => {
    const tom = await t.fixtures.person('Tom');
    const twins = await Promise.all([1, 2, 3].map(() => t.fixtures.network({ facilitators: [tom] }, { name: 'Zelfde naam' })));
    const ids = async (query: string) => (await t.request('GET', `/api/networks?${query}`, { cookie: tom.cookie })).body.items.map((n: { id: string }) => n.id);
    // UUIDs compare like their lower-case hex text.
    expect(await ids('scope=mine&sort=name')).toEqual([...twins].sort());
    const paged = [...(await ids('scope=mine&sort=name&pageSize=2')), ...(await ids('scope=mine&sort=name&pageSize=2&page=2'))];
    expect(paged).toEqual([...twins].sort());
  });

  it('rejects invalid filter values with field errors', async () => {
    const bad = await t.request('GET', '/api/networks?province=Atlantis&type=kerk&status=weg&sort=random', { cookie: mira.cookie });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['province', 'sort', 'status', 'type']);
    const unknownTheme = await t.request('GET', '/api/networks?scope=public&theme=bestaat-niet', { cookie: mira.cookie });
    expect(unknownTheme.status).toBe(400);
    expect(unknownTheme.body.error.fields).toHaveProperty('theme');
  });
});
