import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { MeetingsSection } from './MeetingsSection';
import { MyMeetings } from './MyMeetings';
import { meetingDetail, meetingId, uuid } from './test-data';

const { items: _i, rsvps: _r, attendance: _a, decisions: _d, actions, counts: _c, liveState: _l, description: _de, minutes: _m, sequence: _s, myRsvpNote: _n, ...summary } = meetingDetail();
const invalid = (fields: Record<string, string>) => ({ status: 400, body: { error: { code: 'validation_failed', message: 'Invalid', fields } } });

function openSection(role: 'member' | 'facilitator', extra: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({
    [`GET /api/networks/${networkId}/meetings`]: ({ path }) => ({ body: path.includes('when=past') ? { items: [], total: 0, page: 1, pageSize: 10 } : { items: [summary], total: 1, page: 1, pageSize: 10 } }),
    ...extra,
  });
  renderApp([{ path: '/', element: <MeetingsSection network={network({ myRole: role })} canManage={role === 'facilitator'} /> }], '/');
  return api;
}

describe('the meetings tab', () => {
  beforeEach(() => setLanguage('nl'));

  it('lists coming meetings with a link to each, and says when there are none in the past', async () => {
    openSection('member');
    const list = await screen.findByRole('list', { name: 'Komend' });
    expect(within(list).getByRole('link', { name: 'Leerkring eenzaamheid' })).toHaveAttribute('href', `/networks/${networkId}/bijeenkomsten/${meetingId}`);
    expect(screen.queryByRole('button', { name: 'Bijeenkomst plannen' })).not.toBeInTheDocument();
    await setupUser().click(screen.getByRole('radio', { name: 'Geweest' }));
    expect(await screen.findByText('Er zijn nog geen bijeenkomsten geweest.')).toBeInTheDocument();
  });

  it('plans a series in Amsterdam wall-clock time and shows what the API says is wrong, per field', async () => {
    let tries = 0;
    const { calls } = openSection('facilitator', {
      [`POST /api/networks/${networkId}/meetings/series`]: () => (++tries === 1 ? invalid({ firstStart: 'Not a time that exists in Amsterdam' }) : { status: 201, body: { seriesId: uuid(90), meetings: [summary, summary, summary, summary] } }),
    });
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst plannen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe bijeenkomst' });
    await user.click(within(form).getByRole('radio', { name: 'Reeks' }));
    await fillIn(user, within(form).getByRole('textbox', { name: /Titel/ }), 'Vroegsignalering');
    const first = within(form).getByLabelText(/Eerste bijeenkomst begint/);
    await fillIn(user, first, '2026-10-25T02:30');
    await user.click(within(form).getByRole('button', { name: 'Plannen' }));
    expect(await within(form).findByText(/Kies een tijd die bestaat/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ title: 'Vroegsignalering', firstStart: '2026-10-25T02:30', durationMinutes: 120, count: 4, intervalWeeks: 3 });

    await user.clear(first);
    await fillIn(user, first, '2026-10-06T19:00');
    await user.click(within(form).getByRole('button', { name: 'Plannen' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nieuwe bijeenkomst' })).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST')[1].body).toMatchObject({ firstStart: '2026-10-06T19:00', type: 'learning-circle' });
  });

  it('plans a single meeting and says plainly when the end is before the start', async () => {
    openSection('facilitator', { [`POST /api/networks/${networkId}/meetings`]: invalid({ end: 'The end must be after the start' }) });
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst plannen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe bijeenkomst' });
    await fillIn(user, within(form).getByRole('textbox', { name: /Titel/ }), 'Kenniscafé');
    await fillIn(user, within(form).getByLabelText(/^Begin/), '2026-12-01T19:00');
    await fillIn(user, within(form).getByLabelText(/^Einde/), '2026-12-01T18:00');
    await user.click(within(form).getByRole('button', { name: 'Plannen' }));
    expect(await within(form).findByText(/Het einde moet na het begin liggen/)).toBeInTheDocument();
  });
});

describe('my meetings and action items on the start page', () => {
  beforeEach(() => setLanguage('nl'));

  it('answers a meeting and ticks an action off in place', async () => {
    let open = [{ ...actions[0], networkName: 'Leernetwerk Almere' }];
    const { calls } = fakeApi({
      'GET /api/me/meetings': { body: [{ ...summary, networkName: 'Leernetwerk Almere' }] },
      'GET /api/me/action-items': () => ({ body: open }),
      [`PUT /api/networks/${networkId}/meetings/${meetingId}/rsvp`]: { body: meetingDetail({ myRsvp: 'yes' }) },
      [`PATCH /api/networks/${networkId}/meetings/${meetingId}/actions/${uuid(30)}`]: () => ((open = []), { body: { ...actions[0], status: 'done' } }),
    });
    renderApp([{ path: '/', element: <MyMeetings /> }], '/');
    const user = setupUser();
    const meetings = await screen.findByRole('list', { name: 'Mijn komende bijeenkomsten' });
    expect(within(meetings).getByText(/in Leernetwerk Almere/)).toBeInTheDocument();
    await user.click(within(meetings).getByRole('radio', { name: 'Ik kom' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ answer: 'yes' }));

    const mine = await screen.findByRole('list', { name: 'Mijn open acties' });
    await user.click(within(mine).getByRole('button', { name: 'Klaar: Folder maken' }));
    expect(await screen.findByText('Geen open acties.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'done' });
  });
});
