import { networkSection, overviewTab } from '../../lib/sections';

export const onlineNowSection = networkSection({
  id: 'online',
  label: 'presence:title',
  audience: 'member',
  tab: overviewTab,
  load: () => import('./OnlineNow').then((m) => m.OnlineNow),
});
