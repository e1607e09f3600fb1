import { and, eq } from 'drizzle-orm';
import { SESSION_COOKIE, type Notification, type NotificationKind, type NotificationPage, type UnreadCounts } from '@broedplaats/contracts';
import { DemoSeeds } from '../src/core/demo-seeds';
import { inTransaction } from '../src/core/transaction';
import { memberships } from '../src/networks/networks.tables';
import { Notifications, type Notice } from '../src/notifications/notifications';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { TestApp, type Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';

describe.each(testDatabases())('notifications on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);
  const t = () => live.t;

  const list = async (who: Account, query = ''): Promise<NotificationPage> => {
    const res = await t().request('GET', `/api/me/notifications${query}`, { cookie: who.cookie });
    expect(res.status).toBe(200);
    return res.body;
  };
  const kinds = async (who: Account, query = '') => (await list(who, query)).items.map((n) => n.kind);
  const unread = async (who: Account): Promise<UnreadCounts> => {
    const res = await t().request('GET', '/api/me/notifications/unread', { cookie: who.cookie });
    expect(res.status).toBe(200);
    return res.body;
  };
  const read = (who: Account, id: string) => t().request('POST', `/api/me/notifications/${id}/read`, { cookie: who.cookie });
  const readAll = (who: Account, networkId: string | null) => t().request('POST', '/api/me/notifications/read', { cookie: who.cookie, body: { networkId } });
  /** A notification written the way a capability writes one, inside its own transaction. */
  const notify = <K extends NotificationKind>(notice: Notice<K>) => inTransaction(t().database!.db, (tx, afterCommit) => t().app.get(Notifications).notify(tx, afterCommit, notice));
  const restored = (networkId: string, actor: Account, recipients: Notice['recipients']): Notice<'network.restored'> => ({ recipients, kind: 'network.restored', networkId, actorId: actor.id, subjectId: networkId });

  async function scene() {
    const f = t().fixtures;
    const [fac, mira, kees, otto] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto'].map((n) => f.person(n)));
    const networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { name: 'Almere' });
    return { fac, mira, kees, otto, networkId };
  }

  it('tells a member they were made facilitator (from the domain event), with names, and not the one who did it', async () => {
    const { fac, mira, networkId } = await scene();
    const miraIn = await live.open(mira);
    expect((await t().request('PATCH', `/api/networks/${networkId}/members/${mira.id}`, { cookie: fac.cookie, body: { role: 'facilitator' } })).status).toBe(200);
    const heard = await miraIn.next('notification.created');
    expect(heard.unread).toBe(1);

    const { items, nextBefore } = await list(mira);
    expect(nextBefore).toBeNull();
    expect(items).toEqual([heard.notification]);
    expect(items[0]).toMatchObject({
      kind: 'member.roleChanged', network: { id: networkId, name: 'Almere' }, actor: { id: fac.id, displayName: 'Fenna' }, data: { from: 'member', to: 'facilitator' }, readAt: null,
    });
    expect(await unread(mira)).toEqual({ total: 1, byNetwork: [{ networkId, count: 1 }] });
    expect(await kinds(fac)).toEqual([]);
    // An edit that keeps the role tells nobody; and a facilitator stepping down tells no one either (they did it).
    expect((await t().request('PATCH', `/api/networks/${networkId}/members/${mira.id}`, { cookie: fac.cookie, body: { engagement: 5 } })).status).toBe(200);
    expect((await t().request('PATCH', `/api/networks/${networkId}/members/${mira.id}`, { cookie: mira.cookie, body: { role: 'member' } })).status).toBe(200);
    // A barrier: this later notification arrives after anything the two edits could have caused.
    await notify(restored(networkId, fac, [mira.id]));
    await miraIn.next('notification.created', (p) => p.notification.kind === 'network.restored');
    expect(await kinds(mira)).toEqual(['network.restored', 'member.roleChanged']);
  });

  it('tells the inviter someone joined, and every other member of an archive and a restore', async () => {
    const [fenna, piet, mira] = await Promise.all([t().signUp('Fenna'), t().signUp('Piet'), t().signUp('Mira')]);
    const network = await t().createNetwork(fenna, { name: 'Utrecht' });
    await t().join(piet, await t().invite(fenna, network.id, { category: 'citizen', role: 'facilitator' }));
    await t().join(mira, await t().invite(piet, network.id));
    // Each inviter hears of their own invitation only.
    expect((await list(fenna)).items).toEqual([
      expect.objectContaining({ kind: 'invitation.accepted', actor: { id: piet.id, displayName: 'Piet' }, subjectId: piet.id, data: { role: 'facilitator' } }),
    ]);
    expect(await kinds(piet)).toEqual(['invitation.accepted']);
    expect(await kinds(mira)).toEqual([]);

    expect((await t().request('POST', `/api/networks/${network.id}/archive`, { cookie: fenna.cookie })).status).toBe(200);
    expect((await t().request('POST', `/api/networks/${network.id}/restore`, { cookie: piet.cookie })).status).toBe(200);
    expect(await kinds(fenna)).toEqual(['network.restored', 'invitation.accepted']);
    expect(await kinds(piet)).toEqual(['network.archived', 'invitation.accepted']);
    expect((await list(mira)).items.map((n) => [n.kind, n.actor?.displayName])).toEqual([
      ['network.restored', 'Piet'],
      ['network.archived', 'Fenna'],
    ]);
  });

  it('tells each named member once, never the actor, and nobody outside the network', async () => {
    const { fac, mira, kees, otto, networkId } = await scene();
    expect(await notify(restored(networkId, fac, [mira.id, mira.id, fac.id, otto.id]))).toBe(1);
    expect(await notify(restored(networkId, mira, 'members'))).toBe(2);
    expect(await notify(restored(networkId, mira, 'facilitators'))).toBe(1);
    expect(await kinds(mira)).toEqual(['network.restored']);
    expect(await kinds(kees)).toEqual(['network.restored']);
    expect(await kinds(fac)).toEqual(['network.restored', 'network.restored']);
    expect(await kinds(otto)).toEqual([]);
  });

  it('refuses facts that do not fit the kind: nothing is stored', async () => {
    const { fac, mira, networkId } = await scene();
    const wrong = { recipients: [mira.id], kind: 'member.roleChanged', networkId, actorId: fac.id, data: { from: 'member', to: 'boss' } } as unknown as Notice<'member.roleChanged'>;
    await expect(notify(wrong)).rejects.toThrow();
    expect(await kinds(mira)).toEqual([]);
  });

  it('pages newest first, per network and unread only', async () => {
    const { fac, mira, networkId } = await scene();
    const other = await t().fixtures.network({ facilitators: [fac], members: [mira] });
    for (const id of [networkId, other, networkId, other, networkId]) await notify(restored(id, fac, [mira.id]));
    const seen: Notification[] = [];
    let before: number | null = null;
    do {
      const page: NotificationPage = await list(mira, `?limit=2${before ? `&before=${before}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      before = page.nextBefore;
    } while (before);
    expect(seen).toHaveLength(5);
    expect(seen.map((n) => n.seq)).toEqual([...seen.map((n) => n.seq)].sort((a, b) => b - a));
    expect(new Set(seen.map((n) => n.id)).size).toBe(5);
    expect((await list(mira, `?networkId=${other}`)).items.map((n) => n.network?.id)).toEqual([other, other]);

    expect((await read(mira, seen[0].id)).status).toBe(204);
    const unreadOnly = await list(mira, '?unread=true');
    expect(unreadOnly.items.map((n) => n.id)).toEqual(seen.slice(1).map((n) => n.id));
    expect((await list(mira, '?unread=false')).items).toHaveLength(5);
  });

  it('marks one read (keeping when), all of a network, then all; counts follow', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const other = await t().fixtures.network({ facilitators: [fac], members: [mira] });
    for (const id of [other, networkId, networkId]) await notify(restored(id, fac, [mira.id]));
    await notify(restored(networkId, fac, [kees.id]));
    expect(await unread(mira)).toEqual({ total: 3, byNetwork: [{ networkId, count: 2 }, { networkId: other, count: 1 }].sort((a, b) => a.networkId.localeCompare(b.networkId)) });

    const [newest] = (await list(mira)).items;
    expect((await read(mira, newest.id)).status).toBe(204);
    const readAt = (await list(mira)).items[0].readAt;
    expect(readAt).not.toBeNull();
    expect((await read(mira, newest.id)).status).toBe(204);
    expect((await list(mira)).items[0].readAt).toBe(readAt);
    expect((await unread(mira)).total).toBe(2);

    expect((await unread(mira)).byNetwork).toContainEqual({ networkId, count: 1 });
    expect((await readAll(mira, networkId)).status).toBe(204);
    expect(await unread(mira)).toEqual({ total: 1, byNetwork: [{ networkId: other, count: 1 }] });
    expect((await readAll(mira, null)).status).toBe(204);
    expect(await unread(mira)).toEqual({ total: 0, byNetwork: [] });
    // Kees's are his own.
    expect((await unread(kees)).total).toBe(1);
  });

  it('does not let anyone see or mark someone else’s: 404, and theirs stays unread', async () => {
    const { fac, mira, kees, networkId } = await scene();
    await notify(restored(networkId, fac, [mira.id]));
    const [mine] = (await list(mira)).items;
    for (const who of [kees, fac]) {
      const res = await read(who, mine.id);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expect(await kinds(who)).toEqual([]);
    }
    expect((await read(mira, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t().request('GET', '/api/me/notifications')).status).toBe(401);
    expect((await t().request('GET', '/api/me/notifications/unread')).status).toBe(401);
    expect((await t().request('POST', `/api/me/notifications/${mine.id}/read`)).status).toBe(401);
    expect((await unread(mira)).total).toBe(1);
  });

  it('answers bad input with 400 and fields, and changes nothing', async () => {
    const { fac, mira, networkId } = await scene();
    await notify(restored(networkId, fac, [mira.id]));
    const before = await unread(mira);
    for (const query of ['?limit=0', '?limit=51', '?before=-1', '?networkId=almere', '?unread=ja']) {
      const res = await t().request('GET', `/api/me/notifications${query}`, { cookie: mira.cookie });
      expect([query, res.status]).toEqual([query, 400]);
      expect(Object.keys(res.body.error.fields ?? {})).not.toEqual([]);
    }
    for (const body of [{}, { networkId: 'almere' }, { networkId: 5 }]) {
      const res = await t().request('POST', '/api/me/notifications/read', { cookie: mira.cookie, body });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toBeDefined();
    }
    const badId = await t().request('POST', '/api/me/notifications/niet-een-id/read', { cookie: mira.cookie });
    expect(badId.status).toBe(400);
    expect(Object.keys(badId.body.error.fields)).toEqual(['notificationId']);
    expect(await unread(mira)).toEqual(before);
  });

  it('hides a network’s notifications once the person leaves or is removed, and tells their bell', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const other = await t().fixtures.network({ facilitators: [fac], members: [mira, kees] });
    for (const id of [networkId, other]) await notify(restored(id, fac, [mira.id, kees.id]));
    const miraIn = await live.open(mira);
    expect((await t().request('DELETE', `/api/networks/${networkId}/members/${mira.id}`, { cookie: mira.cookie })).status).toBe(204);
    expect(await miraIn.next('notification.read', (p) => p.networkId === networkId)).toEqual({ notificationId: null, networkId, unread: 1 });
    expect((await list(mira)).items.map((n) => n.network?.id)).toEqual([other]);
    expect(await unread(mira)).toEqual({ total: 1, byNetwork: [{ networkId: other, count: 1 }] });
    expect((await t().request('DELETE', `/api/networks/${networkId}/members/${kees.id}`, { cookie: fac.cookie })).status).toBe(204);
    expect((await list(kees)).items.map((n) => n.network?.id)).toEqual([other]);
    // Coming back does not bring old news back.
    await t().fixtures.member(networkId, mira);
    expect((await list(mira)).items.map((n) => n.network?.id)).toEqual([other]);
  });

  it('checks membership when reading too: a row written as someone was leaving does not show', async () => {
    const { fac, mira, networkId } = await scene();
    await notify(restored(networkId, fac, [mira.id]));
    // Straight in the database, as a concurrent leave that committed after the notification would.
    await t().database!.db.delete(memberships).where(and(eq(memberships.networkId, networkId), eq(memberships.userId, mira.id)));
    expect((await list(mira)).items).toEqual([]);
    expect(await unread(mira)).toEqual({ total: 0, byNetwork: [] });
    const res = await t().request('POST', '/api/me/notifications/read', { cookie: mira.cookie, body: { networkId } });
    expect(res.status).toBe(204);
  });

  it('reaches only the recipient’s tabs, with their new unread count; reading in one tab tells the other', async () => {
    const { fac, mira, kees, networkId } = await scene();
    const [miraTab1, miraTab2, keesIn, facIn] = await Promise.all([live.open(mira), live.open(mira), live.open(kees), live.open(fac)]);
    await notify(restored(networkId, fac, [mira.id]));
    const [one, two] = await Promise.all([miraTab1.next('notification.created'), miraTab2.next('notification.created')]);
    expect(one).toEqual(two);
    expect(one.unread).toBe(1);
    await notify(restored(networkId, fac, [kees.id]));
    await keesIn.next('notification.created');
    await Promise.all([keesIn.settle(), facIn.settle(), miraTab1.settle()]);
    expect(keesIn.all('notification.created')).toHaveLength(1);
    expect(facIn.all('notification.created')).toEqual([]);
    expect(miraTab1.all('notification.created')).toHaveLength(1);

    expect((await read(mira, one.notification.id)).status).toBe(204);
    expect(await miraTab2.next('notification.read')).toEqual({ notificationId: one.notification.id, networkId, unread: 0 });
    await keesIn.settle();
    expect(keesIn.all('notification.read')).toEqual([]);
  });
});

describe('the demo', () => {
  it('gives the demo personas notifications: the facilitator arrivals and recent agenda news, the others recent agenda news', async () => {
    const t = await TestApp.start(testDatabases()[0][1]);
    try {
      expect(await t.app.get(DemoSeeds).loadIfEmpty()).toBe(true);
      const login = async (email: string) => {
        const res = await t.request('POST', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } });
        return { cookie: res.cookies.find((c) => c.name === SESSION_COOKIE)!.value };
      };
      const fenna = await login('facilitator@broedplaats.nl');
      const all = async (cookie: string) => ((await t.request('GET', '/api/me/notifications?limit=50', { cookie })).body as NotificationPage).items;
      const unread = async (cookie: string) => ((await t.request('GET', '/api/me/notifications/unread', { cookie })).body as UnreadCounts).total;
      // The facilitator: nine arrivals with their invitations (the three of the last three weeks unread),
      // and the agenda's last two weeks (new questions, mentions), unread.
      const fennas = await all(fenna.cookie);
      const arrivals = fennas.filter((n) => n.kind === 'invitation.accepted');
      expect(arrivals).toHaveLength(9);
      expect(arrivals.filter((n) => n.readAt === null)).toHaveLength(3); // Bas in Almere (2 days), Bas in Utrecht (21), Sanne in Almere (16)
      const fromAgenda = fennas.filter((n) => n.kind !== 'invitation.accepted');
      expect(fromAgenda.length).toBeGreaterThan(0);
      expect(fromAgenda.every((n) => n.readAt === null && ['question.proposed', 'comment.mentioned'].includes(n.kind))).toBe(true);
      expect(await unread(fenna.cookie)).toBe(3 + fromAgenda.length);
      // Every other persona in a network finds something on their bell too, never their own question.
      for (const email of ['professional@broedplaats.nl', 'burger@broedplaats.nl', 'student@broedplaats.nl']) {
        const who = await login(email);
        const items = await all(who.cookie);
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((n) => n.actor?.displayName !== undefined)).toBe(true);
        const me = (await t.request('GET', '/api/auth/me', { cookie: who.cookie })).body as { id: string };
        expect(items.filter((n) => n.actor?.id === me.id)).toEqual([]);
      }
    } finally {
      await t.close();
    }
  });
});
