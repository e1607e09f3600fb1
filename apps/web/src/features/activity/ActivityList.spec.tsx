import { act, screen, waitFor, within } from '@testing-library/react';
import type { ActivityEntry, ActivityItem } from '@broedplaats/contracts';
import { deferred, fakeApi, type FakeCall } from '../../../test/fake-api';
import { kees, me, network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { ActivityList } from './ActivityList';
import { activityLive } from './live';

const fenna = { id: '66666666-6666-4666-8666-666666666666', displayName: 'Fenna' };
const keesPerson = { id: kees.userId, displayName: 'Kees' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const entry = (seq: number, isNew: boolean, rest: Partial<ActivityItem> = {}): ActivityItem =>
  ({ id: uuid(seq), seq, kind: 'member.joined', actor: keesPerson, subject: keesPerson, data: { role: 'member' }, at: '2026-11-20T10:00:00.000Z', isNew, ...rest }) as ActivityItem;

function open(pages: Record<string, { items: ActivityItem[]; nextBefore: number | null }>) {
  const api = fakeApi({
    [`GET /api/networks/${networkId}/activity`]: (call: FakeCall) => ({ body: pages[new URL(call.path, 'http://x').searchParams.get('before') ?? 'first'] }),
    [`POST /api/networks/${networkId}/activity/seen`]: { status: 204 },
  });
  const view = renderApp([{ path: '/', element: <ActivityList network={network()} canManage={false} /> }], '/');
  return { ...api, ...view };
}
const seenCalls = (calls: FakeCall[]) => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/activity/seen'));
const lines = async (name = 'Gebeurtenissen in dit netwerk, nieuwste eerst') => within(await screen.findByRole('list', { name })).getAllByRole('listitem').map((li) => li.textContent);

describe('the activity list on Overzicht', () => {
  beforeEach(() => setLanguage('nl'));

  it('says what happened in plain words, marks what is new, and marks the network seen', async () => {
    const { calls } = open({
      first: {
        items: [
          entry(5, true, { kind: 'member.roleChanged', actor: fenna, data: { from: 'member', to: 'facilitator' } }),
          entry(4, true, { kind: 'network.profileChanged', actor: fenna, subject: null, data: { fields: ['name', 'themeIds', 'welcome'] } }),
          entry(3, false, { kind: 'member.removed', actor: fenna }),
          entry(2, false, { kind: 'member.left', actor: null, subject: { id: uuid(99), displayName: 'voormalig lid' } }),
          entry(1, false, { kind: 'network.created', actor: fenna, subject: null, data: {} }),
        ],
        nextBefore: null,
      },
    });
    expect((await lines()).map((text) => text?.replace(/\d{1,2} nov\.? 2026.*$/, ''))).toEqual([
      'NieuwFenna heeft de rol van Kees veranderd in: Procesbegeleider',
      "NieuwFenna heeft het profiel aangepast: naam, thema's, andere gegevens",
      'Fenna heeft Kees uit het netwerk gehaald',
      'voormalig lid heeft het netwerk verlaten',
      'Fenna heeft het netwerk gestart',
    ]);
    expect(screen.getAllByText('Nieuw')).toHaveLength(2);
    expect(screen.getAllByRole('listitem')[0].querySelector('time')).toHaveAttribute('dateTime', '2026-11-20T10:00:00.000Z');
    await waitFor(() => expect(seenCalls(calls)).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });

  it('loads older entries on request', async () => {
    const { calls } = open({
      first: { items: [entry(9, false), entry(8, false)], nextBefore: 8 },
      8: { items: [entry(3, false, { kind: 'network.archived', actor: fenna, subject: null, data: {} })], nextBefore: null },
    });
    expect(await lines()).toHaveLength(2);
    await setupUser().click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(async () => expect(await lines()).toHaveLength(3));
    expect((await lines())[2]).toMatch(/^Fenna heeft het netwerk gearchiveerd/);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'GET').map((c) => c.path)).toEqual([
      `/api/networks/${networkId}/activity?limit=20`,
      `/api/networks/${networkId}/activity?before=8&limit=20`,
    ]);
  });

  it('shows a live entry on top without reloading, new unless it is mine, and marks it seen', async () => {
    const { calls, client } = open({ first: { items: [entry(1, false)], nextBefore: null } });
    await lines();
    await waitFor(() => expect(seenCalls(calls)).toHaveLength(1));
    const handlers = activityLive({ client, meId: me.id, onRemoved: jest.fn() });
    const { isNew: _n, ...theirs } = entry(2, false, { kind: 'network.archived', actor: fenna, subject: null, data: {} });
    act(() => handlers['activity.recorded']({ networkId, entry: theirs as ActivityEntry }));
    await waitFor(async () => expect((await lines())[0]).toMatch(/^NieuwFenna heeft het netwerk gearchiveerd/));
    await waitFor(() => expect(seenCalls(calls)).toHaveLength(2));
    // The same entry twice (a second tab, a refetch) shows once; my own is not "new".
    act(() => handlers['activity.recorded']({ networkId, entry: theirs as ActivityEntry }));
    const { isNew: _m, ...mine } = entry(3, false, { kind: 'network.restored', actor: { id: me.id, displayName: me.displayName }, subject: null, data: {} });
    act(() => handlers['activity.recorded']({ networkId, entry: mine as ActivityEntry }));
    await waitFor(async () => expect(await lines()).toHaveLength(3));
    expect((await lines())[0]).toMatch(/^Anna de Vries heeft het netwerk teruggezet/);
  });

  it('shows a loading state, then an empty state', async () => {
    const answer = deferred<{ body: unknown }>();
    fakeApi({
      [`GET /api/networks/${networkId}/activity`]: () => answer.promise,
      [`POST /api/networks/${networkId}/activity/seen`]: { status: 204 },
    });
    renderApp([{ path: '/', element: <ActivityList network={network()} canManage={false} /> }], '/');
    expect(await screen.findByRole('status')).toHaveTextContent('We halen op wat er gebeurd is…');
    answer.resolve({ body: { items: [], nextBefore: null } });
    expect(await screen.findByText('Er is nog niets gebeurd in dit netwerk.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat is er gebeurd' })).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    setLanguage('en');
    open({ first: { items: [entry(1, true, { data: { role: 'facilitator' } })], nextBefore: null } });
    expect((await lines('Activity in this network, newest first'))[0]).toMatch(/^NewKees joined as a facilitator/);
    expect(screen.getByRole('heading', { level: 2, name: 'Recent activity' })).toBeInTheDocument();
  });
});
