import { networkSection } from '../../lib/sections';

export const invitationsSection = networkSection({
  id: 'invitations',
  label: 'invitations:title',
  audience: 'facilitator',
  load: () => import('./InvitationsSection').then((m) => m.InvitationsSection),
});
