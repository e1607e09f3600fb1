import { randomUUID } from 'node:crypto';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';

describe.each(testDatabases())('networks on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  let fenna: Account;
  let outsider: Account;
  beforeAll(async () => {
    t = await TestApp.start(db);
    fenna = await t.signUp('Fenna');
    outsider = await t.signUp('Otto');
  });
  afterAll(() => t.close());

  const mine = async (who: Account) => (await t.request('GET', '/api/networks?scope=mine&pageSize=100', { cookie: who.cookie })).body;

  it('creates a network with partners and themes; the creator is its facilitator', async () => {
    const res = await t.request('POST', '/api/networks', {
      cookie: fenna.cookie,
      body: {
        name: 'Leernetwerk Almere',
        province: 'Flevoland',
        type: 'learning-network',
        focus: ['research', 'support'],
        themeIds: ['actief-burgerschap'],
        partners: [{ name: 'Gemeente Almere', kind: 'municipality' }],
        startYear: 2015,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Leernetwerk Almere',
      status: 'active',
      visibility: 'members',
      myRole: 'facilitator',
      memberCount: 1,
      archived: false,
      themeIds: ['actief-burgerschap'],
      partners: [{ name: 'Gemeente Almere', kind: 'municipality' }],
    });
    const members = await t.request('GET', `/api/networks/${res.body.id}/members`, { cookie: fenna.cookie });
    expect(members.body).toEqual([expect.objectContaining({ userId: fenna.id, role: 'facilitator' })]);
  });

  it('reuses a partner organisation across networks, matched by name in any case', async () => {
    const name = `Zorggroep ${randomUUID().slice(0, 6)}`;
    const a = await t.createNetwork(fenna, { partners: [{ name, kind: 'care-organisation' }] });
    const b = await t.createNetwork(fenna, { partners: [{ name: name.toUpperCase(), kind: 'care-organisation' }] });
    expect(b.partners[0].id).toBe(a.partners[0].id);
    const search = await t.request('GET', `/api/partners?q=${encodeURIComponent(name.slice(0, 12).toLowerCase())}`, { cookie: fenna.cookie });
    expect(search.status).toBe(200);
    expect(search.body.filter((p: { id: string }) => p.id === a.partners[0].id)).toHaveLength(1);
    expect((await t.request('GET', '/api/partners?q=x')).status).toBe(401);
    const tooLong = await t.request('GET', `/api/partners?q=${'x'.repeat(101)}`, { cookie: fenna.cookie });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields).toHaveProperty('q');
  });

  it('shows a members-only network’s partners only to its members, and public networks’ partners to everyone', async () => {
    const tag = randomUUID().slice(0, 6);
    const [outsider, member] = await Promise.all([t.signUp('Otto'), t.signUp('Mira')]);
    const closed = await t.createNetwork(fenna, { visibility: 'members', partners: [{ name: `Stichting Besloten ${tag}`, kind: 'care-organisation' }] });
    await t.createNetwork(fenna, { visibility: 'public', partners: [{ name: `Stichting Open ${tag}`, kind: 'care-organisation' }] });
    await t.join(member, await t.invite(fenna, closed.id));
    const names = async (who: { cookie: string }) =>
      (await t.request('GET', `/api/partners?q=${tag}`, { cookie: who.cookie })).body.map((p: { name: string }) => p.name).sort();
    expect(await names(outsider)).toEqual([`Stichting Open ${tag}`]);
    expect(await names(member)).toEqual([`Stichting Besloten ${tag}`, `Stichting Open ${tag}`]);
    expect(await names(fenna)).toEqual([`Stichting Besloten ${tag}`, `Stichting Open ${tag}`]);
  });

  it('rejects invalid input with field errors and creates nothing', async () => {
    const before = (await mine(fenna)).total;
    const res = await t.request('POST', '/api/networks', {
      cookie: fenna.cookie,
      body: { name: 'X', province: 'Atlantis', type: 'learning-network', focus: ['research', 'research'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual(expect.objectContaining({ name: expect.any(String), province: expect.any(String), focus: expect.any(String) }));
    const unknownTheme = await t.request('POST', '/api/networks', {
      cookie: fenna.cookie,
      body: { name: 'Met onbekend thema', province: 'Utrecht', type: 'thematic', themeIds: ['actief-burgerschap', 'bestaat-niet'] },
    });
    expect(unknownTheme.status).toBe(400);
    expect(unknownTheme.body.error.fields).toEqual({ 'themeIds.1': 'Unknown theme' });
    expect((await mine(fenna)).total).toBe(before);
  });

  it('needs a session to create', async () => {
    const res = await t.request('POST', '/api/networks', { body: { name: 'Anoniem', province: 'Utrecht', type: 'thematic' } });
    expect(res.status).toBe(401);
  });

  describe('reading', () => {
    let open: { id: string };
    let closed: { id: string };
    beforeAll(async () => {
      open = await t.createNetwork(fenna, { visibility: 'public', name: 'Open netwerk Zeeland', province: 'Zeeland' });
      closed = await t.createNetwork(fenna, { visibility: 'members', name: 'Besloten netwerk' });
    });

    it('shows a public network’s profile to a non-member, with myRole null', async () => {
      const res = await t.request('GET', `/api/networks/${open.id}`, { cookie: outsider.cookie });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: open.id, myRole: null, memberCount: 1 });
    });

    it('hides a members-only network from non-members (404, existence not revealed)', async () => {
      const res = await t.request('GET', `/api/networks/${closed.id}`, { cookie: outsider.cookie });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await t.request('GET', `/api/networks/${randomUUID()}`, { cookie: fenna.cookie })).status).toBe(404);
      const malformed = await t.request('GET', '/api/networks/123', { cookie: fenna.cookie });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fields).toHaveProperty('networkId');
    });

    it('lists my networks and public networks, searchable and paginated', async () => {
      const mineList = await mine(fenna);
      expect(mineList.items.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([open.id, closed.id]));
      expect((await mine(outsider)).total).toBe(0);
      const publicList = await t.request('GET', '/api/networks?scope=public&q=zeeland', { cookie: outsider.cookie });
      expect(publicList.body.items.map((n: { id: string }) => n.id)).toEqual([open.id]);
      const paged = await t.request('GET', '/api/networks?scope=mine&page=2&pageSize=1', { cookie: fenna.cookie });
      expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: mineList.total });
      expect(paged.body.items).toHaveLength(1);
      const bad = await t.request('GET', '/api/networks?scope=all&pageSize=1000', { cookie: fenna.cookie });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['pageSize', 'scope']);
    });

    it('lists networks only with a session', async () => {
      const res = await t.request('GET', '/api/networks?scope=public');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    });
  });

  describe('editing and archiving', () => {
    let network: { id: string };
    let member: Account;
    beforeAll(async () => {
      network = await t.createNetwork(fenna, { visibility: 'public', partners: [{ name: 'Hogeschool Utrecht', kind: 'university-of-applied-sciences' }] });
      member = await t.signUp('Mira');
      await t.join(member, await t.invite(fenna, network.id));
    });

    it('lets the facilitator edit only the fields sent; lists replace the whole list', async () => {
      const res = await t.request('PATCH', `/api/networks/${network.id}`, {
        cookie: fenna.cookie,
        body: { status: 'paused', partners: [{ name: 'Gemeente Utrecht', kind: 'municipality' }] },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'paused', visibility: 'public', type: 'learning-network' });
      expect(res.body.partners.map((p: { name: string }) => p.name)).toEqual(['Gemeente Utrecht']);
    });

    it('refuses edits by a plain member (403) and an outsider, and changes nothing', async () => {
      const byMember = await t.request('PATCH', `/api/networks/${network.id}`, { cookie: member.cookie, body: { name: 'Overgenomen' } });
      expect(byMember.status).toBe(403);
      const byOutsider = await t.request('PATCH', `/api/networks/${network.id}`, { cookie: outsider.cookie, body: { name: 'Overgenomen' } });
      expect(byOutsider.status).toBe(403);
      expect((await t.request('GET', `/api/networks/${network.id}`, { cookie: fenna.cookie })).body.name).not.toBe('Overgenomen');
    });

    it('validates edits: empty body, the import-only status, and bad types', async () => {
      const fieldFor = { _: {}, status: { status: 'unknown' }, startYear: { startYear: 'vorig jaar' } };
      for (const [field, body] of Object.entries(fieldFor)) {
        const res = await t.request('PATCH', `/api/networks/${network.id}`, { cookie: fenna.cookie, body });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.error.fields)).toEqual([field]);
      }
      expect((await t.request('GET', `/api/networks/${network.id}`, { cookie: fenna.cookie })).body.status).toBe('paused');
    });

    it('refuses to archive for anonymous callers (401) and malformed ids (400), and archives nothing', async () => {
      expect((await t.request('POST', `/api/networks/${network.id}/archive`)).status).toBe(401);
      const malformed = await t.request('POST', '/api/networks/geen-uuid/archive', { cookie: fenna.cookie });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fields).toHaveProperty('networkId');
      expect((await t.request('GET', `/api/networks/${network.id}`, { cookie: fenna.cookie })).body.archived).toBe(false);
    });

    it('archives: members keep reading, nobody edits any more', async () => {
      expect((await t.request('POST', `/api/networks/${network.id}/archive`, { cookie: member.cookie })).status).toBe(403);
      const res = await t.request('POST', `/api/networks/${network.id}/archive`, { cookie: fenna.cookie });
      expect(res.status).toBe(200);
      expect(res.body.archived).toBe(true);
      const edit = await t.request('PATCH', `/api/networks/${network.id}`, { cookie: fenna.cookie, body: { name: 'Na archiveren' } });
      expect(edit.status).toBe(409);
      expect(edit.body.error.code).toBe('network_archived');
      expect((await t.request('GET', `/api/networks/${network.id}`, { cookie: member.cookie })).body.archived).toBe(true);
      const listed = await t.request('GET', '/api/networks?scope=mine&pageSize=100', { cookie: member.cookie });
      expect(listed.body.items.map((n: { id: string }) => n.id)).not.toContain(network.id);
      const withArchived = await t.request('GET', '/api/networks?scope=mine&includeArchived=true&pageSize=100', { cookie: member.cookie });
      expect(withArchived.body.items.map((n: { id: string }) => n.id)).toContain(network.id);
    });
  });

  it('serves the theme taxonomy to anyone', async () => {
    const res = await t.request('GET', '/api/themes');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(28);
    expect(res.body[0]).toEqual({ id: 'actief-burgerschap', number: 1, nl: 'Actief Burgerschap', en: 'Active citizenship', extra: false });
  });
});
