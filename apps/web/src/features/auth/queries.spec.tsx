import { act, waitFor } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../../test/fake-api';
import { me, network, networkId } from '../../../test/fixtures';
import { renderQueryHook } from '../../../test/hooks';
import { networkKeys } from '../networks/queries';
import { useLogout, useMe, useUpdateProfile } from './queries';

describe('profile and sign-out queries', () => {
  it('takes a profile change over as the server answered it, without fetching me again', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      'PATCH /api/auth/me': { body: { ...me, displayName: 'Anna Jansen', language: 'en' } },
    });
    const { result } = renderQueryHook(() => ({ me: useMe(), update: useUpdateProfile() }));
    await waitFor(() => expect(result.current.me.data?.displayName).toBe(me.displayName));

    await act(() => result.current.update.mutateAsync({ displayName: 'Anna Jansen', language: 'en' }));
    await waitFor(() => expect(result.current.me.data).toMatchObject({ displayName: 'Anna Jansen', language: 'en' }));
    expect(calls.map((call) => call.method)).toEqual(['GET', 'PATCH']);
  });

  it('knows nobody is signed in when the server says so', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated });
    const { result } = renderQueryHook(() => useMe());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it('forgets everything it knew when signing out, even when the server cannot be reached', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      'POST /api/auth/logout': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { result, client } = renderQueryHook(() => ({ me: useMe(), logout: useLogout() }));
    await waitFor(() => expect(result.current.me.data).toEqual(me));
    client.setQueryData(networkKeys.detail(networkId), network());

    await act(() => expect(result.current.logout.mutateAsync()).rejects.toMatchObject({ code: 'network' }));
    await waitFor(() => expect(result.current.me.data).toBeNull());
    expect(client.getQueryData(networkKeys.detail(networkId))).toBeUndefined();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /api/auth/me', 'POST /api/auth/logout']);
  });
});
