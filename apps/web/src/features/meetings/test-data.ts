import type { LiveState, MeetingDetail } from '@broedplaats/contracts';
import { me, networkId } from '../../../test/fixtures';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const meetingId = uuid(1);
export const mira = { id: uuid(50), displayName: 'Mira' };

export const idleState = (overrides: Partial<LiveState> = {}): LiveState => ({
  subjectKind: 'meeting', subjectId: meetingId, networkId, status: 'idle', steps: [], currentStepId: null, currentStartedAt: null, currentEndsAt: null,
  startedAt: null, endedAt: null, serverNow: '2026-11-23T10:00:00.000Z', ...overrides,
});

/** A meeting as the API answers it, in the future unless a test says otherwise. */
export const meetingDetail = (overrides: Partial<MeetingDetail> = {}): MeetingDetail => ({
  id: meetingId, networkId, title: 'Leerkring eenzaamheid', type: 'learning-circle', startsAt: '2099-12-01T18:00:00.000Z', endsAt: '2099-12-01T20:00:00.000Z',
  place: 'Buurthuis De Kolk', onlineUrl: '', status: 'scheduled', seriesId: null, myRsvp: null, live: false, description: '', minutes: '', sequence: 0, myRsvpNote: '',
  items: [
    { id: uuid(11), title: 'Welkom', timeboxMinutes: 10, owner: null, questionId: null, status: 'accepted', proposedBy: null, position: 0 },
    { id: uuid(12), title: 'Casus bespreken', timeboxMinutes: 45, owner: mira, questionId: null, status: 'accepted', proposedBy: null, position: 1 },
    { id: uuid(13), title: 'Afspraken', timeboxMinutes: 15, owner: null, questionId: null, status: 'accepted', proposedBy: null, position: 2 },
  ],
  rsvps: [], attendance: [], decisions: [],
  actions: [{ id: uuid(30), meetingId, networkId, text: 'Folder maken', assignee: { id: me.id, displayName: me.displayName }, dueOn: '2099-12-15', status: 'open', meetingTitle: 'Leerkring eenzaamheid' }],
  counts: null, liveState: idleState(), ...overrides,
});
