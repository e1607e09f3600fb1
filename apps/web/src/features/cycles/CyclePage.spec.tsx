import { screen, waitFor, within } from '@testing-library/react';
import type { CycleDetail } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { CyclePage } from './CyclePage';
import { cycleDetail, cycleId, pieter } from './test-data';

const base = `/api/networks/${networkId}/cycles/${cycleId}`;

function open(detail: CycleDetail) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    [`GET ${base}`]: { body: detail },
    [`GET ${base}/logs`]: { body: [] },
    [`GET ${base}/comments`]: { body: [] },
    [`POST ${base}/comments`]: ({ body }) => ({ status: 201, body: { id: '00000000-0000-4000-8000-000000000999', cycleId, author: { id: me.id, displayName: me.displayName }, text: (body as { text: string }).text, createdAt: '2026-11-22T10:00:00.000Z' } }),
    [`POST ${base}/phase`]: ({ body }) => ({ body: { ...detail, phase: (body as { to: CycleDetail['phase'] }).to } }),
  });
  renderApp([{ path: '/networks/:networkId/cycli/:cycleId', element: <CyclePage /> }], `/networks/${networkId}/cycli/${cycleId}`);
  return api;
}

describe('a cycle page', () => {
  beforeEach(() => void setLanguage('nl'));

  it('lets an owner log, edit, move the phase on and close', async () => {
    const { calls } = open(cycleDetail());
    const user = setupUser();
    expect(await screen.findByRole('heading', { name: 'Signaalkaart bij huisbezoeken', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitproberen vastleggen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bewerken' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leercyclus afronden' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Meting invullen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download de metingen (CSV)' })).toHaveAttribute('href', `${base}/measurements.csv`);
    // The measurement is also there as text, behind the chart.
    expect(within(screen.getByRole('table', { name: 'Metingen van Dagen tot contact' })).getByText('18')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Naar de volgende stap: Kijken' }));
    await waitFor(() => expect(calls.find((c) => c.path === `${base}/phase`)?.body).toEqual({ from: 'act', to: 'observe' }));
  });

  it('lets a facilitator read and comment, not change', async () => {
    const { calls } = open(cycleDetail({ owners: [pieter], may: { edit: false, comment: true } }));
    const user = setupUser();
    await screen.findByRole('heading', { name: 'Signaalkaart bij huisbezoeken', level: 1 });
    expect(screen.queryByRole('button', { name: 'Uitproberen vastleggen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Naar de volgende stap/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Meting invullen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leercyclus afronden' })).not.toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Jouw reactie' }), 'Mooi, neem het mee naar de leerkring');
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ text: 'Mooi, neem het mee naar de leerkring' }));
  });

  it('shows a member the cycle to read only', async () => {
    open(cycleDetail({ owners: [pieter], may: { edit: false, comment: false } }));
    await screen.findByRole('heading', { name: 'Signaalkaart bij huisbezoeken', level: 1 });
    expect(screen.getByText('Hoe zien we schulden eerder?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitproberen vastleggen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Jouw reactie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).not.toBeInTheDocument();
  });
});
