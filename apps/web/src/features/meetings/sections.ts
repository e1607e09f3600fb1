import { homeSection, networkSection, questionSection } from '../../lib/sections';

/** The network's meetings, in their own tab, for members. */
export const meetingsSection = networkSection({
  id: 'meetings',
  label: 'meetings:title',
  audience: 'member',
  tab: { id: 'bijeenkomsten', label: 'meetings:title' },
  load: () => import('./MeetingsSection').then((m) => m.MeetingsSection),
});

/** On the start page: my coming meetings (answer inline) and my open action items (tick off inline). */
export const myMeetingsSection = homeSection({
  id: 'my-meetings',
  label: 'meetings:home.title',
  load: () => import('./MyMeetings').then((m) => m.MyMeetings),
});

/** On a knowledge question: the meetings whose agenda discusses it. */
export const discussedInSection = questionSection({
  id: 'discussed-in',
  label: 'meetings:discussed.title',
  load: () => import('./DiscussedIn').then((m) => m.DiscussedIn),
});
