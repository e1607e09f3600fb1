import { networkSection } from '../../lib/sections';

export const onlineNowSection = networkSection({
  id: 'online',
  label: 'presence:title',
  audience: 'member',
  load: () => import('./OnlineNow').then((m) => m.OnlineNow),
});
