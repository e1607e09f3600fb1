import { screen, waitFor, within } from '@testing-library/react';
import type { DocumentSummary } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { PracticeSection } from './PracticeSection';

const page = (n: number, title: string): DocumentSummary => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  networkId,
  kind: 'practice_page',
  title,
  createdBy: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  position: n,
  meetingId: null,
  published: null,
});
const pages = `/api/networks/${networkId}/practice-pages`;

function open(role: 'member' | 'facilitator', routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  renderApp(
    [
      { path: '/networks/:networkId/praktijk', element: <PracticeSection network={network({ myRole: role })} canManage={role === 'facilitator'} /> },
      { path: '/networks/:networkId/praktijk/:documentId', element: <p>de pagina zelf</p> },
    ],
    `/networks/${networkId}/praktijk`,
  );
  return api;
}

describe('the Praktijk tab', () => {
  it('invites a member to write the first page, and opens it once made', async () => {
    const { calls } = open('member', { [`GET ${pages}`]: { body: [] }, [`POST ${pages}`]: { status: 201, body: page(1, 'De keukentafel') } });
    const user = setupUser();
    expect(await screen.findByRole('heading', { name: "Nog geen pagina's" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwe pagina' }));
    await fillIn(user, screen.getByRole('textbox', { name: /Titel van de pagina/ }), 'De keukentafel');
    await user.click(screen.getByRole('button', { name: 'Pagina maken' }));
    expect(await screen.findByText('de pagina zelf')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ title: 'De keukentafel' });
  });

  it('lists the pages in order; a member cannot reorder them', async () => {
    open('member', { [`GET ${pages}`]: { body: [page(1, 'Methode'), page(2, 'Verhaal')] } });
    const list = await screen.findByRole('list', { name: "Praktijkpagina's" });
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual(['Methode', 'Verhaal']);
    expect(screen.queryByRole('button', { name: /^Omhoog/ })).not.toBeInTheDocument();
  });

  it('lets a facilitator move a page up from the keyboard and says where it went', async () => {
    const { calls } = open('facilitator', {
      [`GET ${pages}`]: { body: [page(1, 'Methode'), page(2, 'Verhaal')] },
      [`PUT ${pages}/order`]: { body: [page(2, 'Verhaal'), page(1, 'Methode')] },
    });
    const user = setupUser();
    await screen.findByRole('list', { name: "Praktijkpagina's" });
    screen.getByRole('button', { name: 'Omhoog: Verhaal' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Verhaal staat nu op plaats 1.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('list', { name: "Praktijkpagina's" })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Verhaal', 'Methode']));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ documentIds: [page(2, '').id, page(1, '').id] });
  });
});
