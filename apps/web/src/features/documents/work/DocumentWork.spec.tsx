import { screen, waitFor, within } from '@testing-library/react';
import type { CommentThread, DocumentVersion } from '@broedplaats/contracts';
import { fakeApi } from '../../../../test/fake-api';
import { networkId } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render';
import { fillIn, setupUser } from '../../../../test/user';
import { CommentsPanel } from './CommentsPanel';
import { HistoryPanel } from './HistoryPanel';

const documentId = '00000000-0000-4000-8000-0000000000d1';
const base = `/api/networks/${networkId}/documents/${documentId}`;
const mira = { id: '00000000-0000-4000-8000-0000000000a1', displayName: 'Mira' };
const version = (n: number, name: string, extra: Partial<DocumentVersion> = {}): DocumentVersion => ({
  id: `00000000-0000-4000-8000-00000000010${n}`, documentId, name, createdBy: mira, createdAt: '2026-03-12T10:00:00.000Z', changedBy: [mira], automatic: false, ...extra,
});
const thread = (resolved: boolean): CommentThread => ({
  id: '00000000-0000-4000-8000-0000000000c1', documentId, anchor: { start: 'AA==', end: 'AA==' }, quote: 'binnen een week',
  resolved: resolved ? { by: mira, at: '2026-03-12T11:00:00.000Z' } : null,
  comments: [{ id: '00000000-0000-4000-8000-0000000000e1', documentId, parentId: null, author: mira, text: 'Is dat haalbaar?', mentions: [], deleted: false, createdAt: '2026-03-12T10:00:00.000Z', editedAt: null }],
});

describe('the comments panel', () => {
  it('shows open threads with the passage they are on, resolves one and hides it unless asked', async () => {
    const { calls } = fakeApi({
      [`GET ${base}/comments`]: { body: [thread(false)] },
      [`PUT ${base}/comments/${thread(false).id}/resolved`]: { body: thread(true) },
      [`GET /api/networks/${networkId}/members`]: { body: [] },
    });
    renderApp([{ path: '/d', element: <CommentsPanel editor={null} networkId={networkId} documentId={documentId} meId={mira.id} canComment /> }], '/d');
    const user = setupUser();
    expect(await screen.findByText('Is dat haalbaar?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toon de tekst: binnen een week' })).toBeInTheDocument();
    // Without a selection there is nothing to comment on yet.
    expect(screen.getByRole('button', { name: 'Reageer' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Afhandelen' }));
    await waitFor(() => expect(screen.queryByText('Is dat haalbaar?')).not.toBeInTheDocument());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ resolved: true });
    await user.click(screen.getByRole('switch', { name: 'Toon afgehandelde reacties' }));
    expect(await screen.findByText('Afgehandeld door Mira')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weer openen' })).toBeInTheDocument();
  });
});

describe('the history panel', () => {
  it('lists versions with who changed them, saves a named one and compares with labels, not colour only', async () => {
    const saved: DocumentVersion[] = [version(1, 'Eerste opzet')];
    const { calls } = fakeApi({
      [`GET ${base}/versions`]: () => ({ body: saved }),
      [`POST ${base}/versions`]: (call) => {
        saved.unshift(version(2, (call.body as { name: string }).name));
        return { status: 201, body: saved[0] };
      },
      [`GET ${base}/versions/${version(1, '').id}/comparison`]: {
        body: { version: version(1, 'Eerste opzet'), changes: [{ kind: 'same', text: 'We bellen ' }, { kind: 'removed', text: 'elke ouder' }, { kind: 'added', text: 'ieder gezin' }] },
      },
    });
    renderApp([{ path: '/d', element: <HistoryPanel networkId={networkId} documentId={documentId} canChange /> }], '/d');
    const user = setupUser();
    const list = await screen.findByRole('list', { name: 'Bewaarde versies' });
    expect(await within(list).findByText('Gewijzigd door: Mira')).toBeInTheDocument();
    await fillIn(user, screen.getByRole('textbox', { name: /Naam van de versie/ }), 'Vastgesteld verslag 12 maart');
    await user.click(screen.getByRole('button', { name: 'Versie bewaren' }));
    expect(await within(list).findByText('Vastgesteld verslag 12 maart')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Vastgesteld verslag 12 maart' });

    await user.click(screen.getByRole('button', { name: 'Vergelijk Eerste opzet met nu' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('ins')?.textContent).toBe('[toegevoegd: ieder gezin]'));
    expect(dialog.querySelector('del')?.textContent).toBe('[weggehaald: elke ouder]');
    expect(screen.getByRole('link', { name: 'Download als Markdown' })).toHaveAttribute('href', `${base}/export.md`);
  });

  it('asks before restoring, and restores only when confirmed', async () => {
    const { calls } = fakeApi({
      [`GET ${base}/versions`]: { body: [version(1, 'Eerste opzet')] },
      [`POST ${base}/versions/${version(1, '').id}/restore`]: { body: version(3, 'Vóór terugzetten', { automatic: true }) },
    });
    renderApp([{ path: '/d', element: <HistoryPanel networkId={networkId} documentId={documentId} canChange /> }], '/d');
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Zet Eerste opzet terug' }));
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Zet Eerste opzet terug' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, terugzetten' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`${base}/versions/${version(1, '').id}/restore`]));
  });
});
