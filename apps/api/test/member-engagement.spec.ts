import type { Member } from '@broedplaats/contracts';
import type { Account } from './support/app';
import { testDatabases, type TestDatabase } from './support/databases';
import { useLiveApp } from './support/live';
import type { Inbox } from './support/sockets';

/** Engagement (betrokkenheid) is for facilitators and the member themselves: over HTTP and over sockets. */
describe.each(testDatabases())('member engagement on %s', (_kind, db: TestDatabase) => {
  const live = useLiveApp(db);

  async function scene() {
    const f = live.t.fixtures;
    const [fac, mira, sam] = await Promise.all([f.person('Fenna'), f.person('Mira'), f.person('Sam')]);
    const networkId = await f.network({ facilitators: [fac], members: [mira, sam] });
    return { fac, mira, sam, networkId };
  }
  const list = async (who: Account, networkId: string): Promise<Member[]> => {
    const res = await live.t.request('GET', `/api/networks/${networkId}/members`, { cookie: who.cookie });
    expect(res.status).toBe(200);
    return res.body;
  };
  const engagements = (members: Member[]) => Object.fromEntries(members.map((m) => [m.displayName, m.engagement ?? 'hidden']));
  const leaks = (inbox: Inbox, selfId: string) =>
    [...inbox.all('member.joined'), ...inbox.all('member.updated')].filter((p) => p.member.userId !== selfId && 'engagement' in p.member);

  it('lists every score to a facilitator, only their own to a plain member', async () => {
    const { fac, mira, networkId } = await scene();
    // Fixtures leave the default engagement, 3.
    expect(engagements(await list(fac, networkId))).toEqual({ Fenna: 3, Mira: 3, Sam: 3 });
    expect(engagements(await list(mira, networkId))).toEqual({ Fenna: 'hidden', Mira: 3, Sam: 'hidden' });
  });

  it('sends the score to facilitators and the member’s own tabs, never to other members', async () => {
    const { fac, mira, sam, networkId } = await scene();
    const [facIn, miraIn, samIn] = await Promise.all([live.open(fac), live.open(mira), live.open(sam)]);
    const res = await live.t.request('PATCH', `/api/networks/${networkId}/members/${sam.id}`, { cookie: fac.cookie, body: { engagement: 5 } });
    expect(res.status).toBe(200);

    expect((await facIn.next('member.updated')).member.engagement).toBe(5);
    expect((await samIn.next('member.updated')).member.engagement).toBe(5);
    const seenByMira = await miraIn.next('member.updated');
    expect(seenByMira.member).toMatchObject({ userId: sam.id, displayName: 'Sam', role: 'member' });
    expect(seenByMira.member).not.toHaveProperty('engagement');

    // Each socket gets the change once, in one version.
    await Promise.all([facIn.settle(), miraIn.settle(), samIn.settle()]);
    expect([facIn, miraIn, samIn].map((inbox) => inbox.all('member.updated').length)).toEqual([1, 1, 1]);
    expect(leaks(miraIn, mira.id)).toEqual([]);
  });

  it('keeps a newcomer’s score from plain members, and a promoted member starts seeing scores', async () => {
    const { fac, mira, networkId } = await scene();
    const otto = await live.t.fixtures.person('Otto');
    const [facIn, miraIn] = await Promise.all([live.open(fac), live.open(mira)]);
    await live.t.join(otto, await live.t.invite(fac, networkId, { category: 'citizen' }));
    expect((await facIn.next('member.joined')).member.engagement).toBe(3);
    expect((await miraIn.next('member.joined')).member).not.toHaveProperty('engagement');

    await live.t.request('PATCH', `/api/networks/${networkId}/members/${mira.id}`, { cookie: fac.cookie, body: { role: 'facilitator' } });
    await miraIn.next('member.updated', (p) => p.member.userId === mira.id);
    await live.t.request('PATCH', `/api/networks/${networkId}/members/${otto.id}`, { cookie: fac.cookie, body: { engagement: 1 } });
    expect((await miraIn.next('member.updated', (p) => p.member.userId === otto.id)).member.engagement).toBe(1);
    expect(engagements(await list(mira, networkId))).toMatchObject({ Otto: 1, Fenna: 3 });
  });
});
