import { networkSection } from '../../lib/sections';

export const invitationsSection = networkSection({
  id: 'invitations',
  label: 'invitations:title',
  audience: 'facilitator',
  tab: { id: 'uitnodigen', label: 'networks:tabs.invite' },
  load: () => import('./InvitationsSection').then((m) => m.InvitationsSection),
});
