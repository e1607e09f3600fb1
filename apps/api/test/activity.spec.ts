import { SESSION_COOKIE, type ActivityItem, type ActivityKind } from '@broedplaats/contracts';
import type { NetworkPermission } from '@broedplaats/domain';
import { ActivityLog } from '../src/activity/activity-log';
import { DemoSeeds } from '../src/core/demo-seeds';
import { inTransaction } from '../src/core/transaction';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { TestApp, type Account } from './support/app';
import { FIXTURE_PASSWORD } from './support/fixtures';
import { testDatabases, type TestDatabase } from './support/databases';

describe.each(testDatabases())('network activity on %s', (_kind, db: TestDatabase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(db);
  });
  afterAll(() => t.close());

  const activity = (who: Account | null, networkId: string, query = '') =>
    t.request('GET', `/api/networks/${networkId}/activity${query}`, who ? { cookie: who.cookie } : {});
  const items = async (who: Account, networkId: string, query = ''): Promise<ActivityItem[]> => {
    const res = await activity(who, networkId, query);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const kinds = async (who: Account, networkId: string) => (await items(who, networkId)).map((i) => i.kind);
  const news = async (who: Account): Promise<Record<string, number>> => {
    const res = await t.request('GET', '/api/me/network-news', { cookie: who.cookie });
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.map((n: { networkId: string; newCount: number }) => [n.networkId, n.newCount]));
  };
  const seen = (who: Account, networkId: string) => t.request('POST', `/api/networks/${networkId}/activity/seen`, { cookie: who.cookie });
  /** An entry written the way a capability writes one, inside its own transaction. */
  const record = (networkId: string, actor: Account, permission: NetworkPermission, restrictedTo?: string[]) =>
    inTransaction(t.database!.db, (tx, afterCommit) =>
      t.app.get(ActivityLog).record(tx, afterCommit, { networkId, kind: 'network.profileChanged', actorId: actor.id, subjectId: networkId, permission, restrictedTo, data: { fields: ['name'] } }),
    );

  it('records what happens to a network and its members, newest first, with names', async () => {
    const [fenna, piet] = await Promise.all([t.signUp('Fenna'), t.signUp('Piet')]);
    const network = await t.createNetwork(fenna, { region: 'Almere', themeIds: [] });
    await t.join(piet, await t.invite(fenna, network.id, { category: 'citizen' }));
    const path = `/api/networks/${network.id}`;
    // The edit form sends everything back: only what differs is named, never the values.
    const edit = await t.request('PATCH', path, { cookie: fenna.cookie, body: { name: network.name, region: 'Almere-Haven', domain: 'Vroeg signaleren' } });
    expect(edit.status).toBe(200);
    expect((await t.request('PATCH', path, { cookie: fenna.cookie, body: { region: 'Almere-Haven' } })).status).toBe(200);
    expect((await t.request('PATCH', `${path}/members/${piet.id}`, { cookie: fenna.cookie, body: { engagement: 5, category: 'professional' } })).status).toBe(200);
    expect((await t.request('PATCH', `${path}/members/${piet.id}`, { cookie: fenna.cookie, body: { role: 'facilitator' } })).status).toBe(200);
    expect((await t.request('POST', `${path}/archive`, { cookie: fenna.cookie })).status).toBe(200);
    expect((await t.request('POST', `${path}/restore`, { cookie: piet.cookie })).status).toBe(200);

    const list = await items(fenna, network.id);
    const simple = list.map(({ kind, actor, subject, data }) => ({ kind, actor: actor?.displayName, subject: subject?.displayName, data }));
    expect(simple).toEqual([
      { kind: 'network.restored', actor: 'Piet', subject: undefined, data: {} },
      { kind: 'network.archived', actor: 'Fenna', subject: undefined, data: {} },
      { kind: 'member.roleChanged', actor: 'Fenna', subject: 'Piet', data: { from: 'member', to: 'facilitator' } },
      // Neither the engagement change nor the edit that changed nothing is activity.
      { kind: 'network.profileChanged', actor: 'Fenna', subject: undefined, data: { fields: ['domain', 'region'] } },
      { kind: 'member.joined', actor: 'Piet', subject: 'Piet', data: { role: 'member' } },
      { kind: 'network.created', actor: 'Fenna', subject: undefined, data: {} },
    ]);
    expect(list.map((i) => i.seq)).toEqual([...list.map((i) => i.seq)].sort((a, b) => b - a));
    expect(list[0].actor).toEqual({ id: piet.id, displayName: 'Piet' });
  });

  it('tells leaving apart from being removed, and shows a deleted account as a former member', async () => {
    const f = t.fixtures;
    const [fac, mira, kees] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Kees')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] });
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${mira.id}`, { cookie: mira.cookie })).status).toBe(204);
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${kees.id}`, { cookie: fac.cookie })).status).toBe(204);
    const [removed, left] = await items(fac, networkId);
    expect(removed).toMatchObject({ kind: 'member.removed', actor: { id: fac.id, displayName: 'Fenna' }, subject: { id: kees.id, displayName: 'Kees' } });
    expect(left).toMatchObject({ kind: 'member.left', actor: { id: mira.id, displayName: 'Mira' }, subject: { id: mira.id, displayName: 'Mira' } });

    const olaf = await f.person('Olaf');
    await f.member(networkId, olaf);
    expect((await t.request('POST', '/api/auth/me/delete', { cookie: olaf.cookie, body: { password: FIXTURE_PASSWORD } })).status).toBe(204);
    const [gone] = await items(fac, networkId);
    expect(gone).toMatchObject({ kind: 'member.left', actor: { id: olaf.id, displayName: 'voormalig lid' }, subject: { displayName: 'voormalig lid' } });
  });

  it('shows each reader only what they may see: members, facilitators, named people; nobody outside', async () => {
    const f = t.fixtures;
    const [fac, mira, kees, outsider, admin] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Kees'), f.person('Otto'), f.person('Anna', { isPlatformAdmin: true })]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { visibility: 'public' });
    const closedId = await f.network({ facilitators: [fac] });
    // Written by someone else (a platform admin helping out), so they count as new for all three.
    await record(networkId, admin, 'network.read');
    await record(networkId, admin, 'invitations.read');
    await record(networkId, admin, 'network.read', [mira.id]);
    await record(networkId, admin, 'invitations.read', [mira.id]);
    await record(closedId, admin, 'network.read');

    const permissionsSeen = async (who: Account) => (await items(who, networkId)).length;
    expect(await permissionsSeen(fac)).toBe(2); // everyone's + facilitators'; neither of Mira's
    expect(await permissionsSeen(mira)).toBe(2); // everyone's + the one named her; not the facilitators' one named her
    expect(await permissionsSeen(kees)).toBe(1);
    expect((await activity(outsider, networkId)).status).toBe(403);
    expect((await activity(outsider, closedId)).status).toBe(404);
    expect((await activity(admin, networkId)).status).toBe(403);
    expect((await activity(null, networkId)).status).toBe(401);
    // New counts follow the same rule.
    expect((await news(fac))[networkId]).toBe(2);
    expect((await news(mira))[networkId]).toBe(2);
    expect((await news(kees))[networkId]).toBe(1);
    expect(await news(outsider)).toEqual({});
    expect((await seen(outsider, networkId)).status).toBe(403);
    expect((await seen(outsider, closedId)).status).toBe(404);

    // Someone removed sees nothing any more, and the network is no longer among their news.
    expect((await t.request('DELETE', `/api/networks/${networkId}/members/${kees.id}`, { cookie: fac.cookie })).status).toBe(204);
    expect((await activity(kees, networkId)).status).toBe(403);
    expect((await activity(kees, closedId)).status).toBe(404);
    expect(await news(kees)).toEqual({});
  });

  it('pages backwards by seq', async () => {
    const f = t.fixtures;
    const fac = await f.person('Fenna');
    const networkId = await f.network({ facilitators: [fac] });
    for (let i = 0; i < 5; i++) await record(networkId, fac, 'network.read');
    const first = await activity(fac, networkId, '?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await activity(fac, networkId, `?limit=2&before=${first.body.nextBefore}`);
    const third = await activity(fac, networkId, `?limit=2&before=${second.body.nextBefore}`);
    expect(third.body.items).toHaveLength(1);
    expect(third.body.nextBefore).toBeNull();
    const seqs = [...first.body.items, ...second.body.items, ...third.body.items].map((i: ActivityItem) => i.seq);
    expect(new Set(seqs).size).toBe(5);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect((await activity(fac, networkId)).body.items).toHaveLength(5);
    expect((await activity(fac, networkId)).body.nextBefore).toBeNull();
  });

  it('counts what others did since my last visit, marks it seen, and starts newcomers at zero', async () => {
    const [fenna, piet] = await Promise.all([t.signUp('Fenna'), t.signUp('Piet')]);
    const network = await t.createNetwork(fenna);
    const other = await t.createNetwork(fenna);
    expect((await news(fenna))[network.id]).toBe(0); // creating it is my own doing
    await t.join(piet, await t.invite(fenna, network.id));
    expect((await news(piet))[network.id]).toBe(0); // what came before me is not news, my joining is my own
    expect(await news(fenna)).toEqual({ [network.id]: 1, [other.id]: 0 });
    expect((await items(fenna, network.id)).map((i) => i.isNew)).toEqual([true, false]);

    await t.request('PATCH', `/api/networks/${network.id}`, { cookie: fenna.cookie, body: { region: 'Almere' } });
    // Joining while signing up is the same joining.
    const sem = await t.signUp('Sem', { invitationToken: await t.invite(fenna, network.id) });
    expect((await news(sem))[network.id]).toBe(0);
    expect((await items(sem, network.id))[0]).toMatchObject({ kind: 'member.joined', subject: { id: sem.id }, isNew: false });
    expect((await news(piet))[network.id]).toBe(2);
    expect((await news(fenna))[network.id]).toBe(2); // Piet and Sem joining; my edit is mine
    expect((await items(piet, network.id)).map((i) => [i.kind, i.isNew])).toEqual([
      ['member.joined', true],
      ['network.profileChanged', true],
      ['member.joined', false],
      ['network.created', false],
    ]);

    expect((await seen(piet, network.id)).status).toBe(204);
    expect((await seen(piet, network.id)).status).toBe(204);
    expect((await news(piet))[network.id]).toBe(0);
    expect((await items(piet, network.id)).some((i) => i.isNew)).toBe(false);
    expect((await news(fenna))[network.id]).toBe(2); // Piet's visit is his own
    await t.request('PATCH', `/api/networks/${network.id}`, { cookie: fenna.cookie, body: { region: 'Lelystad' } });
    expect((await news(piet))[network.id]).toBe(1);
  });

  it('keeps an archived network readable; marking it seen is allowed and changes nothing in it', async () => {
    const f = t.fixtures;
    const [fac, mira] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] });
    await record(networkId, fac, 'network.read');
    expect((await t.request('POST', `/api/networks/${networkId}/archive`, { cookie: fac.cookie })).status).toBe(200);
    const before = await t.request('GET', `/api/networks/${networkId}`, { cookie: mira.cookie });
    expect((await items(mira, networkId)).map((i) => i.kind)).toEqual(['network.archived', 'network.profileChanged']);
    expect((await news(mira))[networkId]).toBe(2);
    expect((await seen(mira, networkId)).status).toBe(204);
    expect((await news(mira))[networkId]).toBe(0);
    expect(await t.request('GET', `/api/networks/${networkId}`, { cookie: mira.cookie })).toMatchObject({ status: 200, body: before.body });
    expect(await kinds(fac, networkId)).toEqual(['network.archived', 'network.profileChanged']);
  });

  it('refuses a bad cursor or limit with 400 and changes nothing', async () => {
    const f = t.fixtures;
    const [fac, mira] = await Promise.all([f.person('Fenna'), f.person('Mira')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira] });
    await record(networkId, fac, 'network.read');
    for (const [query, field] of [
      ['?before=abc', 'before'],
      ['?before=0', 'before'],
      ['?before=1.5', 'before'],
      ['?before=1&before=2', 'before'],
      ['?limit=0', 'limit'],
      ['?limit=1000', 'limit'],
      ['?limit=-3', 'limit'],
    ]) {
      const res = await activity(mira, networkId, query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const malformed = await activity(mira, 'geen-uuid');
    expect(malformed.status).toBe(400);
    expect((await t.request('POST', '/api/networks/geen-uuid/activity/seen', { cookie: mira.cookie })).status).toBe(400);
    expect((await t.request('POST', `/api/networks/${networkId}/activity/seen`, { cookie: mira.cookie, csrf: false })).status).toBe(403);
    expect((await news(mira))[networkId]).toBe(1);
    expect((await items(mira, networkId))[0].isNew).toBe(true);
    expect((await activity(mira, networkId, '?limit=50')).status).toBe(200);
  });

  it('refuses an entry whose facts do not fit its kind, and stores nothing', async () => {
    const f = t.fixtures;
    const fac = await f.person('Fenna');
    const networkId = await f.network({ facilitators: [fac] });
    const wrong = inTransaction(t.database!.db, (tx, afterCommit) =>
      t.app.get(ActivityLog).record(tx, afterCommit, { networkId, kind: 'member.roleChanged' as ActivityKind, actorId: fac.id, permission: 'network.read', data: { fields: 'x' } } as never),
    );
    await expect(wrong).rejects.toThrow();
    expect(await items(fac, networkId)).toEqual([]);
  });
});

describe('the demo’s activity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(testDatabases()[0][1]);
  });
  afterAll(() => t.close());

  it('gives the demo networks a past in time order, with their questions and meetings, and Almere news since the personas’ last visit', async () => {
    expect(await t.app.get(DemoSeeds).loadIfEmpty()).toBe(true);
    const login = async (email: string) => {
      const res = await t.request('POST', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } });
      return { cookie: res.cookies.find((c) => c.name === SESSION_COOKIE)!.value };
    };
    const [fenna, pieter] = await Promise.all([login('facilitator@broedplaats.nl'), login('professional@broedplaats.nl')]);
    const news = async (who: { cookie: string }) => (await t.request('GET', '/api/me/network-news', { cookie: who.cookie })).body as Array<{ networkId: string; newCount: number }>;
    const pieterNews = await news(pieter);
    expect(pieterNews.filter((n) => n.newCount > 0)).toHaveLength(1); // Almere only
    const almere = pieterNews.find((n) => n.newCount > 0)!;
    const items: ActivityItem[] = [];
    for (let before: number | null = null, pages = 0; pages === 0 || (before !== null && pages < 20); pages++) {
      const page = await t.request('GET', `/api/networks/${almere.networkId}/activity?limit=50${before ? `&before=${before}` : ''}`, { cookie: pieter.cookie });
      items.push(...(page.body.items as ActivityItem[]));
      before = page.body.nextBefore as number | null;
    }
    // Newest first, and in the order things happened: capabilities' demo entries are merged by time.
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of ['network.created', 'member.joined', 'question.proposed', 'question.statusChanged', 'meeting.scheduled'] as const) expect(kinds).toContain(kind);
    expect(items.at(-1)?.kind).toBe('network.created');
    // New: what others did since five days ago, which includes Bas joining and Fenna's profile change.
    const fresh = items.filter((i) => i.isNew);
    expect(fresh.length).toBe(almere.newCount);
    expect(fresh.every((i) => Date.parse(i.at) > Date.now() - 5 * 24 * 3600 * 1000)).toBe(true);
    expect(fresh.some((i) => i.kind === 'member.joined' && i.subject?.displayName === 'Bas Smit')).toBe(true);
    expect(fresh.some((i) => i.kind === 'network.profileChanged')).toBe(true);
    // Fenna's own profile change is not news to her.
    expect((await news(fenna)).find((n) => n.networkId === almere.networkId)?.newCount).toBe(almere.newCount - fresh.filter((i) => i.actor?.displayName === 'Fenna Jansen').length);
  });
});
