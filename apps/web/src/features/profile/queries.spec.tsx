import { act, waitFor } from '@testing-library/react';
import type { Session } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { session } from '../../../test/fixtures';
import { renderQueryHook } from '../../../test/hooks';
import { useChangePassword, useRevokeSession, useSessions } from './queries';

const here = session('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { current: true });
const phone = session('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
const laptop = session('cccccccc-cccc-4ccc-8ccc-cccccccccccc');

/** My sessions as the server keeps them: revoking ends one, a new password ends all but this one. */
function sessionsServer() {
  let sessions: Session[] = [here, phone, laptop];
  return fakeApi({
    'GET /api/auth/sessions': () => ({ body: sessions }),
    [`DELETE /api/auth/sessions/${phone.id}`]: () => {
      sessions = sessions.filter((item) => item.id !== phone.id);
      return { status: 204 };
    },
    'POST /api/auth/password': () => {
      sessions = sessions.filter((item) => item.current);
      return { status: 204 };
    },
  });
}

const ids = (list: Session[] | undefined) => list?.map((item) => item.id);

describe('sessions queries', () => {
  it('lists my sessions, and fetches them again after one is revoked', async () => {
    const { calls } = sessionsServer();
    const { result } = renderQueryHook(() => ({ sessions: useSessions(), revoke: useRevokeSession() }));
    await waitFor(() => expect(ids(result.current.sessions.data)).toEqual([here.id, phone.id, laptop.id]));

    await act(() => result.current.revoke.mutateAsync(phone.id));
    await waitFor(() => expect(ids(result.current.sessions.data)).toEqual([here.id, laptop.id]));
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/auth/sessions', `DELETE /api/auth/sessions/${phone.id}`, 'GET /api/auth/sessions',
    ]);
  });

  it('shows only this device after a new password, because the server ended the others', async () => {
    const { calls } = sessionsServer();
    const { result } = renderQueryHook(() => ({ sessions: useSessions(), change: useChangePassword() }));
    await waitFor(() => expect(result.current.sessions.data).toHaveLength(3));

    const body = { currentPassword: 'mijn-oude-wachtwoord', newPassword: 'een-nieuw-wachtwoord' };
    await act(() => result.current.change.mutateAsync(body));
    await waitFor(() => expect(ids(result.current.sessions.data)).toEqual([here.id]));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual(body);
  });

  it('keeps the list when revoking fails, and reports the error', async () => {
    sessionsServer();
    const { result } = renderQueryHook(() => ({ sessions: useSessions(), revoke: useRevokeSession() }));
    await waitFor(() => expect(result.current.sessions.data).toHaveLength(3));

    await act(() => expect(result.current.revoke.mutateAsync(laptop.id)).rejects.toMatchObject({ code: 'not_found' }));
    expect(ids(result.current.sessions.data)).toEqual([here.id, phone.id, laptop.id]);
  });
});
