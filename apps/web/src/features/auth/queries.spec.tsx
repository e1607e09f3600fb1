import { act, waitFor } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../../test/fake-api';
import { me, network, networkId } from '../../../test/fixtures';
import { renderQueryHook, testClient } from '../../../test/hooks';
import { networkKeys } from '../networks/queries';
import { recheckSession, useLogout, useMe, useUpdateProfile } from './queries';

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

  describe('after the server closed the live connection', () => {
    const signedIn = () => {
      const client = testClient();
      client.setQueryData(['me'], me);
      client.setQueryData(networkKeys.detail(networkId), network());
      return client;
    };

    it('forgets everything when the session has ended (blocked, signed out elsewhere), and the open page sees it', async () => {
      fakeApi({ 'GET /api/auth/me': unauthenticated });
      const client = signedIn();
      const { result } = renderQueryHook(() => useMe(), { client });
      expect(result.current.data).toEqual(me);
      expect(await act(() => recheckSession(client))).toBe('ended');
      await waitFor(() => expect(result.current.data).toBeNull());
      expect(client.getQueryData(networkKeys.detail(networkId))).toBeUndefined();
    });

    it('keeps everything while the session lives, or when the server cannot be reached', async () => {
      fakeApi({ 'GET /api/auth/me': { body: me } });
      const client = signedIn();
      expect(await recheckSession(client)).toBe('still-in');
      fakeApi({
        'GET /api/auth/me': () => {
          throw new TypeError('Failed to fetch');
        },
      });
      expect(await recheckSession(client)).toBe('still-in');
      expect(client.getQueryData(['me'])).toEqual(me);
      expect(client.getQueryData(networkKeys.detail(networkId))).toEqual(network());
    });

    it('stays quiet when this tab signed out itself meanwhile', async () => {
      fakeApi({ 'GET /api/auth/me': unauthenticated });
      const client = testClient();
      client.setQueryData(['me'], null);
      expect(await recheckSession(client)).toBe('left');
    });
  });
});
