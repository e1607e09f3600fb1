import { act, screen, waitFor, within } from '@testing-library/react';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { me, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { DRAFT_DELAY_MS } from './draft';
import { LogForm } from './LogForm';
import { OUTBOX_KEY, useOutbox } from './outbox';
import { PendingLogs } from './PendingLogs';
import { cycleDetail, cycleId, indicatorId } from './test-data';
import './texts';
import { useOutboxStarted } from './use-outbox';

const logs = `/api/networks/${networkId}/cycles/${cycleId}/logs`;
const draftKey = `broedplaats.cycles.draft.${cycleId}`;

function Screen() {
  useOutboxStarted();
  return (
    <>
      <LogForm networkId={networkId} cycle={cycleDetail()} />
      <PendingLogs cycleId={cycleId} />
    </>
  );
}

const stored = (call: FakeCall) => ({
  status: 201,
  body: { id: '00000000-0000-4000-8000-000000000777', cycleId, iteration: 1, phase: 'act', author: { id: me.id, displayName: me.displayName }, date: '2026-11-22', mood: null, createdAt: '2026-11-22T10:00:00.000Z', ...(call.body as object) },
});

function open(post: Parameters<typeof fakeApi>[0][string]) {
  const api = fakeApi({ 'GET /api/auth/me': { body: me }, [`POST ${logs}`]: post });
  renderApp([{ path: '/', element: <Screen /> }], '/');
  return api;
}

describe('the session log form', () => {
  beforeEach(() => {
    void setLanguage('nl');
    window.localStorage.clear();
    useOutbox.setState({ items: [] });
  });

  it('keeps what is typed as a draft and brings it back when the form opens again', async () => {
    open(stored);
    const user = setupUser();
    await fillIn(user, await screen.findByRole('textbox', { name: /Wat heb ik gedaan/ }), 'Kaart aan het eind gebruikt');
    await waitFor(() => expect(window.localStorage.getItem(draftKey)).toContain('Kaart aan het eind gebruikt'), { timeout: DRAFT_DELAY_MS * 5 });
    expect(await screen.findByText('Concept bewaard op dit apparaat')).toBeInTheDocument();
  });

  it('restores a saved draft', async () => {
    window.localStorage.setItem(draftKey, JSON.stringify({ did: 'Eerder getypt', learned: 'Timing telt' }));
    open(stored);
    expect(await screen.findByRole('textbox', { name: /Wat heb ik gedaan/ })).toHaveValue('Eerder getypt');
    expect(screen.getByRole('textbox', { name: /Wat heb ik geleerd/ })).toHaveValue('Timing telt');
    expect(screen.getByText('We hebben bewaard wat je eerder typte.')).toBeInTheDocument();
  });

  it('says what is missing or wrong and sends nothing', async () => {
    const { calls } = open(stored);
    const user = setupUser();
    await fillIn(user, await screen.findByRole('textbox', { name: /Dagen tot contact/ }), 'veel');
    const date = screen.getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Schrijf kort op wat je gedaan hebt.');
    expect(alert).toHaveTextContent('De datum mag niet in de toekomst liggen.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('keeps a log written offline, shows it waiting, and sends it once when the connection is back', async () => {
    let online = false;
    const { calls } = open((call) => {
      if (!online) throw new TypeError('Failed to fetch');
      return stored(call);
    });
    const user = setupUser();
    await fillIn(user, await screen.findByRole('textbox', { name: /Wat heb ik gedaan/ }), 'Samen gebeld met schuldhulp');
    await user.click(screen.getByRole('radio', { name: '4: goed' }));
    await fillIn(user, screen.getByRole('textbox', { name: /Dagen tot contact/ }), '9');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const pending = await screen.findByRole('list', { name: 'Nog niet verstuurd' });
    expect(within(pending).getByText('Wacht op verbinding')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(OUTBOX_KEY) ?? '[]')).toHaveLength(1);
    // The form is empty again for the next try-out; the draft is gone.
    expect(screen.getByRole('textbox', { name: /Wat heb ik gedaan/ })).toHaveValue('');

    online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Nog niet verstuurd' })).not.toBeInTheDocument());
    act(() => void window.dispatchEvent(new Event('online')));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    const posts = calls.filter((c) => c.method === 'POST');
    const delivered = posts.slice(1);
    expect(delivered).toHaveLength(1);
    // The retry is the same log: the same clientId, so the server could never store it twice.
    expect((posts[0].body as { clientId: string }).clientId).toBe((delivered[0].body as { clientId: string }).clientId);
    expect(delivered[0].body).toMatchObject({ did: 'Samen gebeld met schuldhulp', mood: 4, measurements: [{ indicatorId, value: 9 }] });
    expect(window.localStorage.getItem(OUTBOX_KEY)).toBeNull();
  });
});
