import { screen, waitFor, within } from '@testing-library/react';
import type { AdminNetwork, AdminUser, AuditEntry, InstanceSettings } from '@broedplaats/contracts';
import { fakeApi, forbidden } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { AdminPage } from './AdminPage';

const ADMIN_ID = '11111111-1111-4111-8111-111111111111';
const NETWORK_ID = '33333333-3333-4333-8333-333333333333';
const me = { id: ADMIN_ID, email: 'beheer@example.nl', displayName: 'Beheer', language: 'nl', isPlatformAdmin: true, organisation: '', bio: '' };
const person = (n: number, name: string): AdminUser => ({
  id: `22222222-2222-4222-8222-2222222222${String(n).padStart(2, '0')}`,
  email: `${name.toLowerCase()}@example.nl`,
  displayName: name,
  isPlatformAdmin: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  deactivatedAt: null,
  memberships: [{ networkId: '33333333-3333-4333-8333-333333333333', networkName: 'Wijkteam Noord', role: 'facilitator' }],
});

/** A small admin server: searching filters by name, deactivating changes the person and logs it. */
function server() {
  const people: AdminUser[] = [{ ...person(0, 'Beheer'), id: ADMIN_ID, memberships: [] }, person(1, 'Anna'), person(2, 'Bram')];
  const audit: AuditEntry[] = [];
  const log = (action: AuditEntry['action'], target: AuditEntry['target'], reason: string) =>
    audit.unshift({ id: `44444444-4444-4444-8444-4444444444${String(audit.length).padStart(2, '0')}`, actor: { id: ADMIN_ID, displayName: 'Beheer' }, action, target, reason, at: '2026-11-23T10:00:00.000Z' });
  const wijkteam: AdminNetwork = {
    id: NETWORK_ID, name: 'Wijkteam Noord', visibility: 'members', archivedAt: '2026-11-20T09:00:00.000Z',
    createdAt: '2026-01-05T09:00:00.000Z', memberCount: 7, facilitators: [{ id: people[1].id, displayName: 'Anna' }], myDuty: null,
  };
  let settings: InstanceSettings = { name: 'Broedplaats', welcome: 'Welkom bij Broedplaats.' };
  const setActive = (active: boolean) => ({ path }: { path: string }) => {
    const id = path.split('/')[4];
    const who = people.find((p) => p.id === id)!;
    who.deactivatedAt = active ? null : '2026-11-23T10:00:00.000Z';
    audit.unshift({
      id: `44444444-4444-4444-8444-4444444444${String(audit.length).padStart(2, '0')}`,
      actor: { id: ADMIN_ID, displayName: 'Beheer' },
      action: active ? 'user.reactivated' : 'user.deactivated',
      target: { kind: 'person', id: who.id, displayName: who.displayName },
      reason: '',
      at: '2026-11-23T10:00:00.000Z',
    });
    return { body: who };
  };
  return fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/admin/users': ({ path }) => {
      const q = (new URLSearchParams(path.split('?')[1]).get('q') ?? '').toLowerCase();
      const items = people.filter((p) => p.displayName.toLowerCase().includes(q) || p.email.includes(q));
      return { body: { items, total: items.length, page: 1, pageSize: 20 } };
    },
    'GET /api/admin/networks': () => ({ body: { items: [wijkteam], total: 1, page: 1, pageSize: 20 } }),
    [`POST /api/admin/networks/${NETWORK_ID}/duty`]: ({ body }) => {
      const { reason } = body as { reason: string };
      wijkteam.myDuty = { endsAt: '2026-11-23T14:30:00.000Z' };
      log('network.duty_started', { kind: 'network', id: NETWORK_ID, name: 'Wijkteam Noord' }, reason);
      return { status: 201, body: { networkId: NETWORK_ID, startedAt: '2026-11-23T10:30:00.000Z', endsAt: '2026-11-23T14:30:00.000Z' } };
    },
    'GET /api/instance': () => ({ body: settings }),
    'PUT /api/admin/settings': ({ body }) => {
      settings = body as InstanceSettings;
      log('instance.settings_changed', null, '');
      return { body: settings };
    },
    'GET /api/admin/audit': () => ({ body: { items: audit, total: audit.length, page: 1, pageSize: 20 } }),
    ...Object.fromEntries(people.flatMap((p) => [
      [`POST /api/admin/users/${p.id}/deactivate`, setActive(false)],
      [`POST /api/admin/users/${p.id}/reactivate`, setActive(true)],
    ])),
  });
}

describe('admin page', () => {
  beforeEach(() => setLanguage('nl'));

  it('searches people, shows their networks and deactivates someone after asking, with cancel focused', async () => {
    const { calls } = server();
    renderApp([{ path: '/', element: <AdminPage /> }], '/');
    const user = setupUser();

    const people = await screen.findByRole('region', { name: 'Mensen' });
    expect(await within(people).findByRole('cell', { name: 'Anna' })).toBeInTheDocument();
    expect(within(people).getAllByText('Wijkteam Noord (Procesbegeleider)')).toHaveLength(2);
    // Nobody blocks themselves: no button on the admin's own row.
    expect(screen.queryByRole('button', { name: 'Beheer blokkeren' })).not.toBeInTheDocument();
    expect(screen.getByText('Er staat nog niets in het logboek.')).toBeInTheDocument();
    const networks = screen.getByRole('region', { name: 'Netwerken' });
    expect(await within(networks).findByRole('cell', { name: /Wijkteam Noord.*Gearchiveerd op/ })).toBeInTheDocument();
    expect(within(networks).getByRole('cell', { name: 'Alleen leden' })).toBeInTheDocument();
    expect(within(networks).getByRole('cell', { name: '7' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Uitgaande mail bekijken' })).toHaveAttribute('href', '/admin/outbox');

    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), 'bram');
    await waitFor(() => expect(within(people).queryByRole('cell', { name: 'Anna' })).not.toBeInTheDocument());
    expect(calls.map((c) => c.path)).toContain('/api/admin/users?q=bram&page=1&pageSize=20');

    await user.click(screen.getByRole('button', { name: 'Bram blokkeren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bram blokkeren?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Ja, blokkeren' }));

    expect(await screen.findByRole('cell', { name: 'Geblokkeerd' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/deactivate'))).toBe(true);
    expect(await screen.findByRole('cell', { name: 'Heeft Bram geblokkeerd' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bram deblokkeren' })).toBeInTheDocument();
  });

  it('opens a network as facilitator-on-duty only with a reason, goes there, and logs it with the reason', async () => {
    const { calls } = server();
    renderApp([{ path: '/', element: <AdminPage /> }, { path: '/networks/:networkId', element: <p>Netwerkpagina</p> }], '/');
    const user = setupUser();
    const networks = await screen.findByRole('region', { name: 'Netwerken' });
    await user.click(await within(networks).findByRole('button', { name: 'Wijkteam Noord openen als dienstdoend begeleider' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wijkteam Noord openen als dienstdoend begeleider' });
    expect(within(dialog).getByText(/De inhoud van het netwerk zie je niet/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Openen' }));
    expect(await within(dialog).findByText('Schrijf in minstens 3 tekens waarom je dit netwerk opent.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: /Waarom open je dit netwerk/ }), 'De procesbegeleider is ziek');
    await user.click(within(dialog).getByRole('button', { name: 'Openen' }));
    expect(await screen.findByText('Netwerkpagina')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/admin/networks/${NETWORK_ID}/duty`, body: { reason: 'De procesbegeleider is ziek' } });
  });

  it('shows a running shift as a link to the network, and network targets and reasons in the log', async () => {
    server();
    // Back on the admin page after going to the network.
    renderApp([{ path: '*', element: <AdminPage /> }], '/');
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Wijkteam Noord openen als dienstdoend begeleider' }));
    await user.type(await screen.findByRole('textbox', { name: /Waarom open je dit netwerk/ }), 'Een lid vraagt om hulp');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    const networks = await screen.findByRole('region', { name: 'Netwerken' });
    // 14:30 UTC is 15:30 in Amsterdam in November.
    expect(await within(networks).findByRole('link', { name: 'Naar het netwerk (dienst tot 15:30)' })).toHaveAttribute('href', `/networks/${NETWORK_ID}`);
    const audit = screen.getByRole('region', { name: 'Logboek' });
    expect(await within(audit).findByRole('cell', { name: 'Is dienstdoend begeleider geworden in Wijkteam Noord' })).toBeInTheDocument();
    expect(within(audit).getByRole('cell', { name: 'Een lid vraagt om hulp' })).toBeInTheDocument();
    expect(within(audit).getByRole('columnheader', { name: 'Reden' })).toBeInTheDocument();
  });

  it('changes the name and welcome text of the front door; refuses an empty name without asking the server', async () => {
    const { calls } = server();
    renderApp([{ path: '/', element: <AdminPage /> }], '/');
    const user = setupUser();
    const section = await screen.findByRole('region', { name: 'Instellingen' });
    const name = await within(section).findByRole('textbox', { name: /Naam van deze Broedplaats/ });
    expect(name).toHaveValue('Broedplaats');
    await user.clear(name);
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.type(name, 'Broedplaats Zeeland');
    const welcome = within(section).getByRole('textbox', { name: /Welkomsttekst/ });
    await user.clear(welcome);
    await user.type(welcome, 'Welkom in Zeeland.');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ name: 'Broedplaats Zeeland', welcome: 'Welkom in Zeeland.' }));
    expect(await screen.findByRole('cell', { name: 'Heeft de naam of de welkomsttekst aangepast' })).toBeInTheDocument();
  });

  it('shows English texts', async () => {
    server();
    setLanguage('en');
    renderApp([{ path: '/', element: <AdminPage /> }], '/');
    expect(await screen.findByRole('button', { name: 'Deactivate Anna' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('says so when the person is not a platform admin', async () => {
    fakeApi({
      'GET /api/auth/me': { body: { ...me, isPlatformAdmin: false } },
      'GET /api/admin/users': forbidden,
      'GET /api/admin/networks': forbidden,
      'GET /api/admin/audit': forbidden,
      'GET /api/instance': { body: { name: 'Broedplaats', welcome: 'Welkom' } },
    });
    renderApp([{ path: '/', element: <AdminPage /> }], '/');
    expect((await screen.findAllByRole('alert')).length).toBeGreaterThan(0);
  });
});
