import { QueryClient } from '@tanstack/react-query';
import type { Invitation } from '@broedplaats/contracts';
import { invitation, me, networkId } from '../../../test/fixtures';
import { invitationLive } from './live';
import { invitationKeys } from './queries';

const first = invitation('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const second = invitation('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

describe('invitations’ live events', () => {
  it('puts a new link on top and updates a known one in place', () => {
    const client = new QueryClient();
    client.setQueryData(invitationKeys.list(networkId), [first]);
    const handlers = invitationLive({ client, meId: me.id, onRemoved: jest.fn() });

    handlers['invitation.created']({ networkId, invitation: second });
    handlers['invitation.updated']({ networkId, invitation: { ...first, state: 'revoked', revokedAt: '2026-11-23T10:00:00.000Z' } });
    const list = client.getQueryData<Invitation[]>(invitationKeys.list(networkId));
    expect(list?.map((item) => [item.id, item.state])).toEqual([[second.id, 'open'], [first.id, 'revoked']]);
  });

  it('leaves the list alone for people who never loaded it (members who are not facilitators)', () => {
    const client = new QueryClient();
    const handlers = invitationLive({ client, meId: me.id, onRemoved: jest.fn() });
    handlers['invitation.created']({ networkId, invitation: first });
    expect(client.getQueryData(invitationKeys.list(networkId))).toBeUndefined();
  });
});
