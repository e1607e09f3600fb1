import { z } from 'zod';
import { Id } from './common';
import { LiveMoveBody, LiveState } from './live-steps';
import {
  ActionItem, ActionItemBody, AgendaItemBody, AttendanceBody, CalendarFeed, CalendarFeedParams, DecisionBody, MeetingDetail, MeetingListQuery, MeetingPage,
  MeetingSeriesResult, MinutesBody, MyActionItems, MyMeetings, QuestionMeetings, ReorderItemsBody, RsvpBody, ScheduleMeetingBody, ScheduleSeriesBody,
  UpdateActionItemBody, UpdateAgendaItemBody, UpdateMeetingBody,
} from './meetings';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const QuestionParams = z.object({ networkId: Id, questionId: Id });
const MeetingParams = z.object({ networkId: Id, meetingId: Id });
const AgendaItemParams = z.object({ networkId: Id, meetingId: Id, itemId: Id });
const ActionItemParams = z.object({ networkId: Id, meetingId: Id, actionId: Id });

/** The meetings' HTTP operations (kept apart like agendaRoutes). */
export const meetingRoutes = {
  meetings: route({
    method: 'GET', path: '/api/networks/:networkId/meetings', tag: 'meetings', summary: 'Upcoming or past meetings of a network (members)', access: 'session',
    params: NetworkParams, query: MeetingListQuery, response: MeetingPage, status: 200, errors: ['forbidden'],
  }),
  scheduleMeeting: route({
    method: 'POST', path: '/api/networks/:networkId/meetings', tag: 'meetings', summary: 'Schedule a meeting; every member gets a mail with the .ics (facilitators)', access: 'session',
    params: NetworkParams, body: ScheduleMeetingBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  scheduleSeries: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/series', tag: 'meetings', summary: 'Schedule a series at the same wall-clock time (facilitators)', access: 'session',
    params: NetworkParams, body: ScheduleSeriesBody, response: MeetingSeriesResult, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  meeting: route({
    method: 'GET', path: '/api/networks/:networkId/meetings/:meetingId', tag: 'meetings', summary: 'A meeting with its agenda, answers, decisions, action items and live state (members)', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden'],
  }),
  updateMeeting: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId', tag: 'meetings', summary: 'Edit or reschedule a meeting, or it and the following of its series (facilitators)', access: 'session',
    params: MeetingParams, body: UpdateMeetingBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  cancelMeeting: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/cancel', tag: 'meetings', summary: 'Cancel a meeting; who answered is told (facilitators)', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  meetingIcs: route({
    method: 'GET', path: '/api/networks/:networkId/meetings/:meetingId/meeting.ics', tag: 'meetings', summary: 'The meeting as an iCalendar file (members)', access: 'session',
    params: MeetingParams, status: 200, errors: ['forbidden'],
  }),
  addAgendaItem: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/items', tag: 'meetings', summary: 'Add an agenda item (a member’s is a proposal)', access: 'session',
    params: MeetingParams, body: AgendaItemBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived', 'meeting_cancelled'],
  }),
  updateAgendaItem: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId/items/:itemId', tag: 'meetings', summary: 'Change an agenda item, or accept or decline a proposal (facilitators)', access: 'session',
    params: AgendaItemParams, body: UpdateAgendaItemBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  removeAgendaItem: route({
    method: 'DELETE', path: '/api/networks/:networkId/meetings/:meetingId/items/:itemId', tag: 'meetings', summary: 'Remove an agenda item (facilitators)', access: 'session',
    params: AgendaItemParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  reorderAgendaItems: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/items/order', tag: 'meetings', summary: 'Put the accepted agenda items in a new order (facilitators; 409 when the list is out of date)', access: 'session',
    params: MeetingParams, body: ReorderItemsBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'stale_order'],
  }),
  rsvp: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/rsvp', tag: 'meetings', summary: 'Answer whether I come (yes, no, maybe, with a note)', access: 'session',
    params: MeetingParams, body: RsvpBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_over'],
  }),
  attendance: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/attendance', tag: 'meetings', summary: 'Record whether a member came (facilitators)', access: 'session',
    params: MeetingParams, body: AttendanceBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_not_started'],
  }),
  checkIn: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/check-in', tag: 'meetings', summary: 'Check myself in while the meeting runs live', access: 'session',
    params: MeetingParams, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'meeting_not_started'],
  }),
  addDecision: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/decisions', tag: 'meetings', summary: 'Record a decision (facilitators)', access: 'session',
    params: MeetingParams, body: DecisionBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  addActionItem: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/actions', tag: 'meetings', summary: 'Record an action item, assigned to a member (facilitators)', access: 'session',
    params: MeetingParams, body: ActionItemBody, response: MeetingDetail, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  updateActionItem: route({
    method: 'PATCH', path: '/api/networks/:networkId/meetings/:meetingId/actions/:actionId', tag: 'meetings', summary: 'Mark an action item done or open (its assignee or a facilitator)', access: 'session',
    params: ActionItemParams, body: UpdateActionItemBody, response: ActionItem, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  updateMinutes: route({
    method: 'PUT', path: '/api/networks/:networkId/meetings/:meetingId/minutes', tag: 'meetings', summary: 'Write the minutes, plain text (facilitators)', access: 'session',
    params: MeetingParams, body: MinutesBody, response: MeetingDetail, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  moveLive: route({
    method: 'POST', path: '/api/networks/:networkId/meetings/:meetingId/live', tag: 'meetings', summary: 'Start, move through or end live mode (facilitators)', access: 'session',
    params: MeetingParams, body: LiveMoveBody, response: LiveState, status: 200, errors: ['forbidden', 'network_archived', 'meeting_cancelled', 'live_not_running'],
  }),
  questionMeetings: route({
    method: 'GET', path: '/api/networks/:networkId/questions/:questionId/meetings', tag: 'meetings', summary: 'The meetings whose agenda items discuss this knowledge question (members)', access: 'session',
    params: QuestionParams, response: QuestionMeetings, status: 200, errors: ['forbidden'],
  }),
  myMeetings: route({
    method: 'GET', path: '/api/me/meetings', tag: 'meetings', summary: 'My upcoming meetings across my networks', access: 'session', response: MyMeetings, status: 200, errors: [],
  }),
  myActionItems: route({
    method: 'GET', path: '/api/me/action-items', tag: 'meetings', summary: 'My open action items across my networks', access: 'session', response: MyActionItems, status: 200, errors: [],
  }),
  calendarFeed: route({
    method: 'GET', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Whether I have a personal calendar feed (its address is shown once made)', access: 'session', response: CalendarFeed, status: 200, errors: [],
  }),
  renewCalendarFeed: route({
    method: 'POST', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Make a new secret feed address (the old one stops working)', access: 'session', response: CalendarFeed, status: 200, errors: [],
  }),
  revokeCalendarFeed: route({
    method: 'DELETE', path: '/api/me/calendar-feed', tag: 'meetings', summary: 'Stop my calendar feed', access: 'session', status: 204, errors: [],
  }),
  calendarFeedIcs: route({
    method: 'GET', path: '/api/calendar-feeds/:token', tag: 'meetings', summary: 'A person’s meetings in all their networks, as iCalendar (the secret address is the key)', access: 'public',
    params: CalendarFeedParams, status: 200, errors: [],
  }),
} as const;
