import { act, screen, waitFor, within } from '@testing-library/react';
import type { MeetingDetail } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { useStepsStore } from '../live-steps/store';
import { liveStepsLive } from '../live-steps/live';
import { BeamerPage } from './BeamerPage';
import { MeetingPage } from './MeetingPage';
import { idleState, meetingDetail, meetingId, uuid } from './test-data';

const base = `/api/networks/${networkId}/meetings/${meetingId}`;

function open(detail: MeetingDetail, role: 'member' | 'facilitator', extra: Parameters<typeof fakeApi>[0] = {}, path = `/networks/${networkId}/bijeenkomsten/${meetingId}`) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    [`GET /api/networks/${networkId}`]: { body: network({ myRole: role }) },
    [`GET ${base}`]: { body: detail },
    [`GET /api/networks/${networkId}/members`]: { body: [] },
    ...extra,
  });
  const view = renderApp(
    [
      { path: '/networks/:networkId/bijeenkomsten/:meetingId', element: <MeetingPage /> },
      { path: '/networks/:networkId/bijeenkomsten/:meetingId/beamer', element: <BeamerPage /> },
    ],
    path,
  );
  return { ...api, ...view };
}
const agenda = async () => within(await screen.findByRole('list', { name: 'Agenda' })).getAllByRole('listitem');

describe('a meeting page', () => {
  beforeEach(() => {
    setLanguage('nl');
    useStepsStore.getState().clear();
  });

  it('lets a member answer with a note and shows the answer saved', async () => {
    const { calls } = open(meetingDetail(), 'member', {
      [`PUT ${base}/rsvp`]: ({ body }) => ({ body: meetingDetail({ myRsvp: 'maybe', rsvps: [{ person: { id: me.id, displayName: me.displayName }, answer: 'maybe', note: (body as { note: string }).note, category: 'citizen' }] }) }),
    });
    const user = setupUser();
    expect(await screen.findByRole('heading', { name: 'Leerkring eenzaamheid', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /.ics downloaden/ })).toHaveAttribute('href', `${base}/meeting.ics`);
    await user.click(screen.getByRole('radio', { name: 'Misschien' }));
    await user.type(screen.getByRole('textbox', { name: /Opmerking/ }), 'Ik kom later');
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ answer: 'maybe', note: 'Ik kom later' }));
    expect(await within(screen.getByRole('list', { name: 'Wie komt er' })).findByText('Anna de Vries: Misschien (Ik kom later)')).toBeInTheDocument();
    // A member cannot reorder.
    expect(screen.queryByRole('button', { name: /^Omlaag/ })).not.toBeInTheDocument();
  });

  it('lets a facilitator move an item down by keyboard, and refetches and says so when someone else reordered first', async () => {
    let order = [uuid(11), uuid(12), uuid(13)];
    let gets = 0;
    let puts = 0;
    const detail = () => {
      const items = meetingDetail().items.map((i) => ({ ...i, position: order.indexOf(i.id) }));
      return meetingDetail({ items });
    };
    const { calls } = open(detail(), 'facilitator', {
      [`GET ${base}`]: () => (gets++, { body: detail() }),
      [`PUT ${base}/items/order`]: ({ body }) => {
        const ids = (body as { itemIds: string[] }).itemIds;
        if (++puts > 1) {
          // Someone else moved "Afspraken" to the top meanwhile.
          order = [uuid(13), uuid(11), uuid(12)];
          return { status: 409, body: { error: { code: 'stale_order', message: 'Out of date' } } };
        }
        order = ids;
        return { body: detail() };
      },
    });
    const user = setupUser();
    await agenda();
    const down = screen.getByRole('button', { name: 'Omlaag: Welkom' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ itemIds: [uuid(12), uuid(11), uuid(13)] }));
    await waitFor(async () => expect((await agenda()).map((li) => within(li).getByText(/^(Welkom|Casus bespreken|Afspraken)$/).textContent)).toEqual(['Casus bespreken', 'Welkom', 'Afspraken']));
    expect(screen.getByText('Welkom staat nu op plaats 2.')).toBeInTheDocument();

    const before = gets;
    await user.click(screen.getByRole('button', { name: 'Omhoog: Afspraken' }));
    expect(await screen.findByText('Iemand anders veranderde de volgorde net. Je ziet nu de nieuwe volgorde.')).toBeInTheDocument();
    await waitFor(() => expect(gets).toBeGreaterThan(before));
    await waitFor(async () => expect((await agenda())[0]).toHaveTextContent('Afspraken'));
  });

  it('lets a facilitator take an item off the agenda after asking, and accept a proposal', async () => {
    const proposal = { id: uuid(14), title: 'Nieuwe casus', timeboxMinutes: 15, owner: null, questionId: null, status: 'proposed' as const, proposedBy: { id: uuid(50), displayName: 'Mira' }, position: 3 };
    const start = meetingDetail({ items: [...meetingDetail().items, proposal] });
    const { calls } = open(start, 'facilitator', {
      [`DELETE ${base}/items/${uuid(13)}`]: { body: meetingDetail({ items: [...start.items.filter((i) => i.id !== uuid(13))] }) },
      [`PATCH ${base}/items/${uuid(14)}`]: { body: meetingDetail({ items: [...start.items.filter((i) => i.id !== uuid(13) && i.id !== uuid(14)), { ...proposal, status: 'accepted', position: 2 }] }) },
    });
    const user = setupUser();
    const proposals = await screen.findByRole('list', { name: 'Voorstellen' });
    expect(within(proposals).getByText('Voorgesteld door Mira')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weghalen: Afspraken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Weghalen: Afspraken' });
    await user.click(within(dialog).getByRole('button', { name: 'Weghalen' }));
    await waitFor(async () => expect((await agenda()).map((li) => li.textContent ?? '').filter((text) => text.includes('Afspraken'))).toEqual([]));
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    await user.click(within(screen.getByRole('list', { name: 'Voorstellen' })).getByRole('button', { name: 'Aannemen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'accepted' }));
    await waitFor(async () => expect((await agenda()).at(-1)).toHaveTextContent('Nieuwe casus'));
    expect(screen.queryByRole('list', { name: 'Voorstellen' })).not.toBeInTheDocument();
  });

  it('lets a facilitator change an item in place: its title and time go in one request, the agenda shows the change', async () => {
    const changed = (title: string, timeboxMinutes: number) => meetingDetail({ items: meetingDetail().items.map((i) => (i.id === uuid(12) ? { ...i, title, timeboxMinutes } : i)) });
    const { calls } = open(meetingDetail(), 'facilitator', {
      [`PATCH ${base}/items/${uuid(12)}`]: ({ body }) => {
        const { title, timeboxMinutes } = body as { title: string; timeboxMinutes: number };
        return { body: changed(title, timeboxMinutes) };
      },
    });
    const user = setupUser();
    await agenda();
    await user.click(screen.getByRole('button', { name: 'Aanpassen: Casus bespreken' }));
    const title = screen.getByRole('textbox', { name: /Onderwerp/ });
    expect(title).toHaveValue('Casus bespreken');
    await user.clear(title);
    await user.type(title, 'Casus van Bea');
    const time = screen.getByRole('textbox', { name: /Tijd in minuten/ });
    await user.clear(time);
    await user.type(time, '40');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ title: 'Casus van Bea', timeboxMinutes: 40 }));
    await waitFor(async () => expect((await agenda())[1]).toHaveTextContent('Casus van Bea'));
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
    expect(within((await agenda())[1]).getByText('40 minuten')).toBeInTheDocument();
  });

  it('lets the assignee tick an action item off', async () => {
    const { calls } = open(meetingDetail(), 'member', {
      [`PATCH ${base}/actions/${uuid(30)}`]: { body: { ...meetingDetail().actions[0], status: 'done' } },
    });
    const user = setupUser();
    const actions = await screen.findByRole('list', { name: 'Acties' });
    await user.click(within(actions).getByRole('button', { name: 'Klaar: Folder maken' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'done' }));
    expect(await within(actions).findByText('Gedaan')).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Toch niet klaar: Folder maken' })).toBeInTheDocument();
  });

  it('lets the facilitator jump to any item while live, and follows the answer of the server', async () => {
    const steps = meetingDetail().items.map((i) => ({ id: i.id, title: i.title, minutes: i.timeboxMinutes }));
    const at = { currentStartedAt: '2026-11-23T10:00:00.000Z', startedAt: '2026-11-23T10:00:00.000Z', serverNow: '2026-11-23T10:00:05.000Z' };
    const running = idleState({ status: 'running', steps, currentStepId: steps[0].id, currentEndsAt: '2026-11-23T10:10:00.000Z', ...at });
    const jumped = idleState({ status: 'running', steps, currentStepId: steps[2].id, currentEndsAt: '2026-11-23T10:20:00.000Z', ...at, serverNow: '2026-11-23T10:00:09.000Z' });
    const { calls } = open(meetingDetail({ liveState: running, live: true }), 'facilitator', { [`POST ${base}/live`]: { body: jumped } });
    const user = setupUser();
    expect(await screen.findByTestId('live-current')).toHaveTextContent(steps[0].title);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ga naar punt' }), `3. ${steps[2].title}`);
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'goto', stepId: steps[2].id }));
    await waitFor(() => expect(screen.getByTestId('live-current')).toHaveTextContent(steps[2].title));
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:20:00.000Z');
  });

  it('shows the current item with a countdown to the server deadline, following steps.changed, on the page and the projector', async () => {
    const steps = meetingDetail().items.map((i) => ({ id: i.id, title: i.title, minutes: i.timeboxMinutes }));
    const running = idleState({ status: 'running', steps, currentStepId: uuid(11), currentStartedAt: '2026-11-23T10:00:00.000Z', currentEndsAt: '2026-11-23T10:10:00.000Z', startedAt: '2026-11-23T10:00:00.000Z', serverNow: '2026-11-23T10:00:05.000Z' });
    const { client } = open(meetingDetail({ liveState: running, live: true }), 'member');
    expect(await screen.findByTestId('live-current')).toHaveTextContent('Welkom');
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:10:00.000Z');
    expect(screen.getByText('Punt 1 van 3', { exact: false })).toBeInTheDocument();

    // The facilitator moves on: a newer state from the server moves this page along.
    const handlers = liveStepsLive({ client, meId: me.id, onRemoved: jest.fn() });
    act(() => handlers['steps.changed']({ networkId, state: { ...running, currentStepId: uuid(12), currentEndsAt: '2026-11-23T10:55:30.000Z', serverNow: '2026-11-23T10:10:30.000Z' } }));
    await waitFor(() => expect(screen.getByTestId('live-current')).toHaveTextContent('Casus bespreken'));
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:55:30.000Z');
    // An older state arriving late changes nothing.
    act(() => handlers['steps.changed']({ networkId, state: running }));
    expect(screen.getByTestId('live-current')).toHaveTextContent('Casus bespreken');
    expect(screen.getByRole('button', { name: 'Ik ben er' })).toBeInTheDocument();
  });

  it('shows the projector view without controls', async () => {
    const steps = meetingDetail().items.map((i) => ({ id: i.id, title: i.title, minutes: i.timeboxMinutes }));
    const running = idleState({ status: 'running', steps, currentStepId: uuid(12), currentStartedAt: '2026-11-23T10:00:00.000Z', currentEndsAt: '2026-11-23T10:45:00.000Z', startedAt: '2026-11-23T10:00:00.000Z', serverNow: '2026-11-23T10:00:05.000Z' });
    open(meetingDetail({ liveState: running, live: true }), 'facilitator', {}, `/networks/${networkId}/bijeenkomsten/${meetingId}/beamer`);
    expect(await screen.findByTestId('live-current')).toHaveTextContent('Casus bespreken');
    expect(screen.getByRole('timer')).toHaveAttribute('data-ends-at', '2026-11-23T10:45:00.000Z');
    expect(screen.getByText('Volgende punt: Afspraken')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
