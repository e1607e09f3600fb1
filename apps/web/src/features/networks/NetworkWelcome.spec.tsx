import { screen, waitFor, within } from '@testing-library/react';
import type { Member, Network } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, member, network as networkFixture, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { NetworkPage } from './NetworkPage';

const welcome = 'Welkom in ons leernetwerk!\nWe beginnen met een rondje kennismaken.';
const fenna = member('77777777-7777-4777-8777-777777777777', 'Fenna Jansen', { role: 'facilitator' });

function openPage(answer: Network, tab?: string, members: Member[] = [fenna, member(me.id, me.displayName)]) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/themes': { body: themes },
    [`GET /api/networks/${networkId}`]: { body: answer },
    [`GET /api/networks/${networkId}/members`]: { body: members },
    [`GET /api/networks/${networkId}/invitations`]: { body: [] },
    [`PATCH /api/networks/${networkId}`]: ({ body }) => ({ body: { ...answer, ...(body as object), welcome: (body as { welcome: string }).welcome.trim() } }),
  });
  renderApp([{ path: '/networks/:networkId/:tab?', element: <NetworkPage /> }], `/networks/${networkId}${tab ? `/${tab}` : ''}`);
  return api;
}
const headings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('welcome on Overzicht', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows a member the welcome first, with its line breaks and the facilitator’s name', async () => {
    openPage(networkFixture({ myRole: 'member', welcome }));
    const panel = (await screen.findByRole('heading', { name: 'Welkom', level: 2 })).closest('section') as HTMLElement;
    const text = within(panel).getByText(/Welkom in ons leernetwerk!/);
    expect(text.textContent).toBe(welcome);
    expect(text).toHaveStyle({ whiteSpace: 'pre-line' });
    expect(await within(panel).findByText('Procesbegeleider: Fenna Jansen')).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Nu online', level: 2 });
    expect(headings()[0]).toBe('Welkom');
  });

  it('shows nothing when there is no welcome', async () => {
    const { calls } = openPage(networkFixture({ myRole: 'member', welcome: '' }));
    await screen.findByRole('heading', { name: 'Nu online', level: 2 });
    expect(screen.queryByRole('heading', { name: 'Welkom' })).not.toBeInTheDocument();
    // Without a welcome there is nothing to sign, so the member list is not fetched for it.
    expect(calls.filter((c) => c.path.endsWith('/members'))).toEqual([]);
  });

  it('names several facilitators in one line', async () => {
    await setLanguage('en');
    openPage(networkFixture({ myRole: 'member', welcome }), undefined, [fenna, member(me.id, me.displayName, { role: 'facilitator' })]);
    expect(await screen.findByText('Facilitators: Fenna Jansen and Anna de Vries')).toBeInTheDocument();
  });
});

describe('welcome for facilitators', () => {
  beforeEach(() => setLanguage('nl'));

  it('puts “Schrijf een welkomstwoord” in the first steps while it is empty, linking to Instellingen', async () => {
    openPage(networkFixture({ myRole: 'facilitator', welcome: '' }));
    expect(await screen.findByRole('link', { name: 'Schrijf een welkomstwoord' })).toHaveAttribute('href', `/networks/${networkId}/instellingen`);
  });

  it('ticks the step off once there is a welcome', async () => {
    openPage(networkFixture({ myRole: 'facilitator', welcome }));
    await screen.findByRole('heading', { name: 'Zo begin je', level: 2 });
    expect(screen.queryByRole('link', { name: 'Schrijf een welkomstwoord' })).not.toBeInTheDocument();
    expect(screen.getByText('Schrijf een welkomstwoord')).toBeInTheDocument();
  });

  it('lets a facilitator write it in Instellingen; it is saved as the server trims it', async () => {
    const { calls } = openPage(networkFixture({ myRole: 'facilitator', welcome: '' }), 'instellingen');
    const user = setupUser();
    const field = await screen.findByRole('textbox', { name: 'Welkomstwoord voor leden' });
    await fillIn(user, field, '  Fijn dat je er bent.\n\nWe starten in maart.  ');
    await user.click(screen.getByRole('button', { name: 'Welkomstwoord opslaan' }));
    expect(await screen.findByText('Het welkomstwoord is opgeslagen.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ welcome: '  Fijn dat je er bent.\n\nWe starten in maart.  ' }]);
    await waitFor(() => expect(field).toHaveValue('Fijn dat je er bent.\n\nWe starten in maart.'));
  });

  it('refuses a welcome over 2,000 characters in plain words, and sends nothing', async () => {
    const { calls } = openPage(networkFixture({ myRole: 'facilitator', welcome: '' }), 'instellingen');
    const user = setupUser();
    const field = await screen.findByRole('textbox', { name: 'Welkomstwoord voor leden' });
    await fillIn(user, field, 'w'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Welkomstwoord opslaan' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Gebruik hoogstens 2000 tekens/);
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
  });

  it('offers no welcome form on an archived network (it is read-only)', async () => {
    openPage(networkFixture({ myRole: 'facilitator', welcome, archived: true }), 'instellingen');
    await screen.findByRole('button', { name: 'Netwerk weer openen' });
    expect(screen.queryByRole('textbox', { name: 'Welkomstwoord voor leden' })).not.toBeInTheDocument();
  });
});
