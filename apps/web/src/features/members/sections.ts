import { networkSection } from '../../lib/sections';

export const membersSection = networkSection({
  id: 'members',
  label: 'members:title',
  audience: 'member',
  load: () => import('./MembersSection').then((m) => m.MembersSection),
});
