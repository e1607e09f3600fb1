import { networkSection, overviewTab } from '../../lib/sections';

/** What happened in the network, on Overzicht for its members. */
export const activitySection = networkSection({
  id: 'activity',
  label: 'activity:title',
  audience: 'member',
  tab: overviewTab,
  load: () => import('./ActivityList').then((m) => m.ActivityList),
});
