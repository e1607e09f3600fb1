import type { Invitation } from '@broedplaats/contracts';
import { liveFeature } from '../../lib/live';
import { invitationKeys, upsertInvitation } from './queries';

export const invitationLive = liveFeature(({ client }) => ({
  'invitation.created': ({ networkId, invitation }) => {
    client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation));
  },
  'invitation.updated': ({ networkId, invitation }) => {
    client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation));
  },
}));
