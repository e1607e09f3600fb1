import { act, waitFor } from '@testing-library/react';
import type { CreateInvitationBody, Invitation } from '@broedplaats/contracts';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { invitation, network, networkId } from '../../../test/fixtures';
import { renderQueryHook } from '../../../test/hooks';
import { networkKeys } from '../networks/queries';
import {
  invitationKeys, inviteLink, upsertInvitation, useAcceptInvitation, useCreateInvitation, useInvitations, useRevokeInvitation,
} from './queries';

const first = invitation('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const second = invitation('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
const made = invitation('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
const listPath = `/api/networks/${networkId}/invitations`;
const ids = (list: Invitation[] | undefined) => list?.map((item) => item.id);

describe('upsertInvitation', () => {
  it('puts a new invitation on top and replaces a known one where it was', () => {
    const revoked = { ...second, state: 'revoked' as const };
    expect(ids(upsertInvitation([first, second], made))).toEqual([made.id, first.id, second.id]);
    expect(upsertInvitation([first, second], revoked)).toEqual([first, revoked]);
  });

  it('leaves a list that was never loaded unloaded', () => {
    expect(upsertInvitation(undefined, made)).toBeUndefined();
  });
});

describe('invitations queries', () => {
  /** The invitations routes of one network, as the server would answer them. */
  function invitationsServer() {
    return fakeApi({
      [`GET ${listPath}`]: { body: [first, second] },
      [`POST ${listPath}`]: (call: FakeCall) => {
        const body = call.body as CreateInvitationBody;
        return { status: 201, body: { ...made, role: body.role ?? 'member', category: body.category, reusable: body.reusable ?? false } };
      },
      [`DELETE ${listPath}/${second.id}`]: { body: { ...second, state: 'revoked', revokedAt: '2026-11-23T10:00:00.000Z' } },
    });
  }

  it('puts a link just made on top of the list, as the server made it', async () => {
    const { calls } = invitationsServer();
    const { result, client } = renderQueryHook(() => ({ list: useInvitations(networkId, true), create: useCreateInvitation(networkId) }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.create.mutateAsync({ category: 'professional', reusable: true }));
    const list = client.getQueryData<Invitation[]>(invitationKeys.list(networkId));
    expect(list?.map((item) => [item.id, item.category, item.reusable])).toEqual([
      [made.id, 'professional', true], [first.id, 'citizen', false], [second.id, 'citizen', false],
    ]);
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: listPath, body: { category: 'professional', reusable: true } });
  });

  it('shows a revoked link as revoked, where it was', async () => {
    invitationsServer();
    const { result, client } = renderQueryHook(() => ({ list: useInvitations(networkId, true), revoke: useRevokeInvitation(networkId) }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.revoke.mutateAsync(second.id));
    const list = client.getQueryData<Invitation[]>(invitationKeys.list(networkId));
    expect(list?.map((item) => [item.id, item.state])).toEqual([[first.id, 'open'], [second.id, 'revoked']]);
  });

  it('after joining, marks every network query stale (my lists and the network now show me as a member)', async () => {
    const token = 'invitation-token-123';
    const { calls } = fakeApi({ [`POST /api/invitations/${token}/accept`]: { body: { networkId } } });
    const { result, client } = renderQueryHook(() => useAcceptInvitation(token));
    client.setQueryData(networkKeys.detail(networkId), network({ myRole: null }));
    client.setQueryData(networkKeys.list('mine', '', 1), { items: [], total: 0, page: 1, pageSize: 12 });
    client.setQueryData(['themes'], []);

    await act(() => result.current.mutateAsync());
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect([stale(networkKeys.detail(networkId)), stale(networkKeys.list('mine', '', 1)), stale(['themes'])]).toEqual([true, true, false]);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([`POST /api/invitations/${token}/accept`]);
  });

  it('makes the link people share from this site’s address', () => {
    expect(inviteLink('abc123')).toBe('http://localhost/join/abc123');
  });
});
