import { screen } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { me, network, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { MeetingPage } from './MeetingPage';
import { meetingDetail, meetingId } from './test-data';

// The editor (Tiptap, Yjs, IndexedDB) is the documents feature's own business; here it is a stand-in.
jest.mock('../documents/LazyEditor', () => ({
  LazyEditor: ({ title, readOnly }: { title: string; readOnly?: boolean }) => <p>{`editor ${title}${readOnly ? ' (alleen lezen)' : ''}`}</p>,
}));

const base = `/api/networks/${networkId}/meetings/${meetingId}`;
const minutes = (published: boolean) => ({
  id: '00000000-0000-4000-8000-0000000000d9', networkId, kind: 'minutes', title: 'Verslag', createdBy: null, position: null, meetingId,
  createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z',
  published: published ? { at: '2026-03-02T10:00:00.000Z', by: null } : null,
});

function open(role: 'member' | 'facilitator', published: boolean) {
  fakeApi({
    'GET /api/auth/me': { body: me },
    [`GET /api/networks/${networkId}`]: { body: network({ myRole: role }) },
    [`GET ${base}`]: { body: meetingDetail() },
    [`GET ${base}/minutes-document`]: { body: minutes(published) },
    [`GET /api/networks/${networkId}/members`]: { body: [] },
  });
  renderApp([{ path: '/networks/:networkId/bijeenkomsten/:meetingId', element: <MeetingPage /> }], `/networks/${networkId}/bijeenkomsten/${meetingId}`);
}
const panelOrder = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the minutes on a meeting page', () => {
  it('shows members the published minutes first, read-only', async () => {
    open('member', true);
    expect(await screen.findByText('editor Verslag (alleen lezen)')).toBeInTheDocument();
    expect(screen.getByText(/Vastgesteld verslag, gepubliceerd op/)).toBeInTheDocument();
    expect(panelOrder()[0]).toBe('Verslag');
  });

  it('keeps unpublished minutes below the agenda, and offers the facilitator to publish them', async () => {
    open('facilitator', false);
    expect(await screen.findByText('editor Verslag')).toBeInTheDocument();
    expect(panelOrder().indexOf('Verslag')).toBeGreaterThan(panelOrder().indexOf('Agenda'));
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeInTheDocument();
  });
});
