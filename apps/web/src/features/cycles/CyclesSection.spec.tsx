import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { me, network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { CyclesSection } from './CyclesSection';
import { cyclePage } from './test-data';

const list = `/api/networks/${networkId}/cycles`;

function open(canManage: boolean, page = cyclePage()) {
  const api = fakeApi({ 'GET /api/auth/me': { body: me }, [`GET ${list}`]: { body: page }, [`GET /api/networks/${networkId}/members`]: { body: [] } });
  renderApp([{ path: '/', element: <CyclesSection network={network({ myRole: canManage ? 'facilitator' : 'member' })} canManage={canManage} /> }], '/');
  return api;
}
const lastQuery = (calls: { path: string }[]) => new URLSearchParams(calls.filter((c) => c.path.startsWith(list)).at(-1)?.path.split('?')[1]);

describe('the cycles tab', () => {
  beforeEach(() => void setLanguage('nl'));

  it('sorts and filters through the server, and marks the sorted column', async () => {
    const { calls } = open(true);
    const user = setupUser();
    const table = await screen.findByRole('table', { name: 'Leercycli in dit netwerk' });
    expect(lastQuery(calls).get('sort')).toBe('recent');
    expect(within(table).getByRole('columnheader', { name: /Laatst vastgelegd/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(table).getByRole('button', { name: /Rondes/ }));
    await waitFor(() => expect(lastQuery(calls).get('sort')).toBe('iterations'));
    expect(within(table).getByRole('columnheader', { name: /Rondes/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Stilgevallen/ }));
    await waitFor(() => expect(lastQuery(calls).get('sort')).toBe('stale'));
    await user.click(screen.getByRole('switch', { name: 'Alleen stilgevallen' }));
    await waitFor(() => expect(lastQuery(calls).get('stale')).toBe('true'));
    // Facilitators see who takes part and the threshold.
    expect(screen.getByRole('table', { name: 'Wie doet mee, per soort deelnemer' })).toHaveTextContent('2 van 4');
    expect(screen.getByRole('textbox', { name: 'Stilgevallen na (dagen)' })).toHaveValue('21');
  });

  it('shows members the list without the facilitators’ tools, and an empty state with a way to start', async () => {
    open(false, cyclePage({ items: [], total: 0, participation: [] }));
    expect(await screen.findByRole('heading', { name: 'Nog geen leercycli' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Start een leercyclus' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('Voor procesbegeleiders')).not.toBeInTheDocument();
  });
});
