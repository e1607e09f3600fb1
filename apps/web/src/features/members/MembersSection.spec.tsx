import { screen, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { kees, me, member, network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { MembersSection } from './MembersSection';

const myself = member(me.id, me.displayName, { engagement: 4 });

function open(canManage: boolean, members: unknown[]) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    [`GET /api/networks/${networkId}/members`]: { body: members },
    [`PATCH /api/networks/${networkId}/members/${kees.userId}`]: { body: { ...kees, engagement: 5 } },
  });
  renderApp([{ path: '/', element: <MembersSection network={network({ myRole: canManage ? 'facilitator' : 'member' })} canManage={canManage} /> }], '/');
  return api;
}
const card = async (name: string) => {
  const items = await screen.findAllByRole('listitem');
  return items.find((item) => item.textContent?.startsWith(name)) as HTMLElement;
};

describe('members section: engagement', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows a plain member only their own score (the server sends no other), and says who sees scores', async () => {
    // As the server answers a plain member: others come without engagement.
    const { engagement: _hidden, ...keesSeenByMember } = kees;
    open(false, [myself, keesSeenByMember]);
    expect(within(await card('Anna de Vries')).getByText(/Betrokkenheid 4 van 5/)).toBeInTheDocument();
    expect(within(await card('Kees')).queryByText(/Betrokkenheid/)).not.toBeInTheDocument();
    expect(screen.getByText('Alleen procesbegeleiders zien de betrokkenheid van leden. Je ziet alleen die van jezelf.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Betrokkenheid van Kees' })).not.toBeInTheDocument();
  });

  it('lets a facilitator see and change every score, without the members-only line', async () => {
    const { calls } = open(true, [myself, kees]);
    const user = setupUser();
    expect(within(await card('Kees')).getByText(/Betrokkenheid 3 van 5/)).toBeInTheDocument();
    expect(screen.queryByText(/Alleen procesbegeleiders zien/)).not.toBeInTheDocument();
    // The facilitator's controls are their own download: wait for them.
    await user.click(await screen.findByRole('combobox', { name: 'Betrokkenheid van Kees' }));
    await user.click(await screen.findByRole('option', { name: '5: trekt het netwerk mee' }));
    expect(await screen.findByText(/De gegevens van Kees zijn opgeslagen/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ engagement: 5 }]);
  });

  it('says the same in English', async () => {
    setLanguage('en');
    open(false, [myself]);
    expect(await screen.findByText('Only facilitators see members’ engagement. You see only your own.')).toBeInTheDocument();
  });
});
