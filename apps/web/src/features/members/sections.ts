import { networkSection } from '../../lib/sections';

export const membersSection = networkSection({
  id: 'members',
  label: 'members:title',
  audience: 'member',
  tab: { id: 'leden', label: 'networks:tabs.members' },
  load: () => import('./MembersSection').then((m) => m.MembersSection),
});
