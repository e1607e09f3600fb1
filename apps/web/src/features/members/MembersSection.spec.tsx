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
  return items.find((item) => item.textContent?.includes(name)) as HTMLElement;
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

describe('members section: who someone is', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows initials, name, organisation and bio on a card, with the bio’s line breaks kept', async () => {
    const bea = member('66666666-6666-4666-8666-666666666666', 'Bea van der Visser', {
      organisation: 'Ervaringsdeskundige, Almere',
      bio: 'Ik heb zelf hulp gehad.\nIk vertel graag hoe dat ging.',
    });
    open(false, [myself, bea]);
    const beaCard = await card('Bea van der Visser');
    // First and last word: Dutch "van der" does not make the initials.
    expect(within(beaCard).getByText('BV').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(beaCard).getByText('Ervaringsdeskundige, Almere')).toBeInTheDocument();
    const bio = within(beaCard).getByText(/Ik heb zelf hulp gehad/);
    expect(bio.textContent).toBe('Ik heb zelf hulp gehad.\nIk vertel graag hoe dat ging.');
    expect(bio).toHaveStyle({ whiteSpace: 'pre-line' });
  });

  it('leaves out what someone did not fill in', async () => {
    open(false, [myself]);
    const mine = await card('Anna de Vries');
    expect(within(mine).getByText('AV')).toBeInTheDocument();
    // Name, role and category, when joined: nothing else, and no empty lines for organisation or bio.
    expect(within(mine).queryByRole('button', { name: 'Lees meer' })).not.toBeInTheDocument();
    expect([...mine.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Anna de Vries (jij)', expect.stringMatching(/^Betrokkenheid 4 van 5 · Lid sinds/)]);
  });
});
