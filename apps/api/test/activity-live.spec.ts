import type { NetworkPermission } from '@broedplaats/domain';
import { ActivityLog } from '../src/activity/activity-log';
import { inTransaction } from '../src/core/transaction';
import type { Account } from './support/app';
import { testDatabases } from './support/databases';
import { useLiveApp } from './support/live';
import type { Inbox } from './support/sockets';

/**
 * A new entry reaches exactly who would see it in the list. Room rules do not depend on the
 * database: one is enough (the list itself is tested on both in activity.spec.ts).
 */
const live = useLiveApp(testDatabases()[0][1]);

describe('activity.recorded', () => {
  let fac: Account, mira: Account, kees: Account, outsider: Account;
  let networkId: string;
  let inboxes: Record<'fac' | 'mira' | 'kees' | 'outsider', Inbox>;

  beforeEach(async () => {
    const f = live.t.fixtures;
    [fac, mira, kees, outsider] = await Promise.all(['Fenna', 'Mira', 'Kees', 'Otto'].map((n) => f.person(n)));
    networkId = await f.network({ facilitators: [fac], members: [mira, kees] }, { visibility: 'public' });
    const [a, b, c, d] = await Promise.all([fac, mira, kees, outsider].map((who) => live.open(who)));
    inboxes = { fac: a, mira: b, kees: c, outsider: d };
  });

  const record = (permission: NetworkPermission, restrictedTo?: string[]) =>
    inTransaction(live.t.database!.db, (tx, afterCommit) =>
      live.t.app.get(ActivityLog).record(tx, afterCommit, { networkId, kind: 'network.profileChanged', actorId: fac.id, subjectId: networkId, permission, restrictedTo, data: { fields: ['region'] } }),
    );
  const about = (seq: number) => (p: { networkId: string; entry: { seq: number } }) => p.networkId === networkId && p.entry.seq === seq;

  async function expectHeard(seq: number, hear: Array<keyof typeof inboxes>) {
    const all = Object.keys(inboxes) as Array<keyof typeof inboxes>;
    for (const who of hear) await inboxes[who].next('activity.recorded', about(seq));
    const others = all.filter((who) => !hear.includes(who));
    await Promise.all(others.map((who) => inboxes[who].settle()));
    expect(others.filter((who) => inboxes[who].all('activity.recorded').some(about(seq)))).toEqual([]);
  }

  it('an entry for members reaches every member with the names filled in, and no outsider', async () => {
    const seq = await record('network.read');
    await expectHeard(seq, ['fac', 'mira', 'kees']);
    const { entry } = await inboxes.mira.next('activity.recorded', about(seq));
    expect(entry).toMatchObject({ kind: 'network.profileChanged', actor: { id: fac.id, displayName: 'Fenna' }, data: { fields: ['region'] } });
  });

  it('an entry for facilitators reaches only them', async () => {
    await expectHeard(await record('invitations.read'), ['fac']);
  });

  it('an entry for named people reaches only those who may also see the thing', async () => {
    await expectHeard(await record('network.read', [mira.id, outsider.id]), ['mira']);
    await expectHeard(await record('invitations.read', [mira.id, fac.id]), ['fac']);
  });

  it('someone removed hears of the removal itself, but the entry about it goes only to those who stay', async () => {
    expect((await live.t.request('DELETE', `/api/networks/${networkId}/members/${kees.id}`, { cookie: fac.cookie })).status).toBe(204);
    await inboxes.kees.next('member.removed', (p) => p.userId === kees.id);
    const { entry } = await inboxes.mira.next('activity.recorded', (p) => p.networkId === networkId && p.entry.kind === 'member.removed');
    await inboxes.fac.next('activity.recorded', about(entry.seq));
    await inboxes.kees.settle();
    expect(inboxes.kees.all('activity.recorded')).toEqual([]);
    // And nothing afterwards either.
    const later = await record('network.read');
    await expectHeard(later, ['fac', 'mira']);
  });
});
