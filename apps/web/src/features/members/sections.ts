import { networkSection } from '../../lib/sections';

export const membersSection = networkSection({
  id: 'members',
  label: 'members:title',
  // A facilitator-on-duty manages people too; they are no member.
  audience: 'people',
  tab: { id: 'leden', label: 'networks:tabs.members' },
  load: () => import('./MembersSection').then((m) => m.MembersSection),
});
