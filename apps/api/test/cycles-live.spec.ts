import type { CycleVisibility } from '@broedplaats/contracts';
import type { Account } from './support/app';
import { cycleClient, logBody } from './support/cycles';
import { testDatabases } from './support/databases';
import { useLiveApp } from './support/live';
import type { Inbox } from './support/sockets';

/**
 * A cycle's live news reaches exactly who may read it, for each visibility and each kind of change,
 * and follows a visibility change (who could see it before hears that it went). Room rules do not
 * depend on the database: one is enough.
 */
const live = useLiveApp(testDatabases()[0][1]);
type Who = 'owner' | 'coach' | 'facilitator' | 'member' | 'outsider' | 'admin';
const hears: Record<CycleVisibility, Who[]> = {
  private: ['owner', 'coach'],
  facilitators: ['owner', 'coach', 'facilitator'],
  network: ['owner', 'coach', 'facilitator', 'member'],
};
const everyone: Who[] = ['owner', 'coach', 'facilitator', 'member', 'outsider', 'admin'];

describe('cycle.changed', () => {
  const scene = async () => {
    const f = live.t.fixtures;
    const [owner, coach, facilitator, member, outsider, admin] = await Promise.all(everyone.map((n) => f.person(n, { isPlatformAdmin: n === 'admin' })));
    const networkId = await f.network({ facilitators: [coach, facilitator], members: [owner, member] });
    const people: Record<Who, Account> = { owner, coach, facilitator, member, outsider, admin };
    const inboxes = Object.fromEntries(await Promise.all(everyone.map(async (w) => [w, await live.open(people[w])] as const))) as Record<Who, Inbox>;
    return { people, inboxes, networkId };
  };
  const { as, url, start } = cycleClient(() => live.t);

  /** Those in `must` get an event about this cycle with this change; nobody else does (after a barrier). */
  const expectHeard = async (inboxes: Record<Who, Inbox>, cycleId: string, change: string, must: Who[]) => {
    const about = (p: { cycleId: string; change: string }) => p.cycleId === cycleId && p.change === change;
    for (const who of must) await inboxes[who].next('cycle.changed', about);
    const not = everyone.filter((w) => !must.includes(w));
    await Promise.all(not.map((w) => inboxes[w].settle()));
    for (const who of not) expect([who, inboxes[who].all('cycle.changed').filter(about)]).toEqual([who, []]);
  };

  it.each(Object.keys(hears) as CycleVisibility[])('a %s cycle: started, logged, moved, commented on', async (visibility) => {
    const { people, inboxes, networkId } = await scene();
    const cycle = await start(people.owner, networkId, { visibility, coachId: people.coach.id });
    await expectHeard(inboxes, cycle.id, 'started', hears[visibility]);
    expect((await as(people.owner, 'POST', url(networkId, cycle.id, '/logs'), logBody())).status).toBe(201);
    await expectHeard(inboxes, cycle.id, 'logged', hears[visibility]);
    expect((await as(people.owner, 'POST', url(networkId, cycle.id, '/phase'), { from: 'plan', to: 'act' })).status).toBe(200);
    await expectHeard(inboxes, cycle.id, 'phase', hears[visibility]);
    expect((await as(people.coach, 'POST', url(networkId, cycle.id, '/comments'), { text: 'Mooi' })).status).toBe(201);
    await expectHeard(inboxes, cycle.id, 'commented', hears[visibility]);
  });

  it('made private, the cycle’s news tells those who could see it that it changed, then only its owners and coach', async () => {
    const { people, inboxes, networkId } = await scene();
    const cycle = await start(people.owner, networkId, { coachId: people.coach.id });
    await expectHeard(inboxes, cycle.id, 'started', hears.network);
    expect((await as(people.owner, 'PATCH', url(networkId, cycle.id), { visibility: 'private' })).status).toBe(200);
    await expectHeard(inboxes, cycle.id, 'updated', hears.network);
    expect((await as(people.owner, 'POST', url(networkId, cycle.id, '/logs'), logBody())).status).toBe(201);
    await expectHeard(inboxes, cycle.id, 'logged', hears.private);
  });

  it('a private cycle’s activity entry reaches its owners only, live and in the list', async () => {
    const { people, inboxes, networkId } = await scene();
    const cycle = await start(people.owner, networkId, { visibility: 'private' });
    await inboxes.owner.next('activity.recorded', (p) => p.entry.kind === 'cycle.started');
    await Promise.all(everyone.map((w) => inboxes[w].settle()));
    for (const who of everyone.filter((w) => w !== 'owner')) expect(inboxes[who].all('activity.recorded').filter((p) => p.entry.subject === null && p.entry.kind.startsWith('cycle.'))).toEqual([]);
    for (const who of ['facilitator', 'member'] as const) {
      const list = await as(people[who], 'GET', `/api/networks/${networkId}/activity`);
      expect(list.body.items.filter((e: { kind: string }) => e.kind.startsWith('cycle.'))).toEqual([]);
    }
    const own = await as(people.owner, 'GET', `/api/networks/${networkId}/activity`);
    expect(own.body.items[0]).toMatchObject({ kind: 'cycle.started', data: { title: cycle.title } });
  });
});
