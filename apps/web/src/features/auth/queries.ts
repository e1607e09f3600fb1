import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { coreRoutes, type LoginBody, type Me, type RegisterBody, type UpdateProfileBody } from '@broedplaats/contracts';
import { callRoute, isApiError } from '../../lib/api';
import { disconnectSocket } from '../../lib/socket';
import { forgetLocalCopies } from '../documents/local-copies';

const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (the API answers 401). */
async function fetchMe(): Promise<Me | null> {
  try {
    return await callRoute(coreRoutes.me);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/**
 * The server sent a prerendered page because the request carried no session cookie: nobody is signed
 * in, so the page starts from that instead of waiting for the API to say so.
 */
export function startSignedOut(client: QueryClient): void {
  client.setQueryData(meKey, null);
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => callRoute(coreRoutes.login, { body }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useRegister() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => callRoute(coreRoutes.register, { body }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => callRoute(coreRoutes.updateMe, { body }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(coreRoutes.logout),
    // Closed from our side first, so the server ending the socket is not taken for a session ended elsewhere.
    onMutate: () => disconnectSocket(),
    // Whatever the server says, this tab forgets everything it knew about the person.
    onSettled: () => {
      disconnectSocket();
      // Documents kept for offline editing must not wait for the next person on this computer.
      forgetLocalCopies();
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

/**
 * The server closed this tab's live connection: perhaps its session ended (signed out elsewhere,
 * blocked by an admin, password changed). Asks who is signed in; when nobody is, the tab forgets
 * everything, as after signing out, and says 'ended'. Network trouble changes nothing.
 */
export async function recheckSession(client: QueryClient): Promise<'ended' | 'still-in' | 'left'> {
  const now = await fetchMe().catch(() => undefined);
  if (now !== null) return 'still-in';
  // Signed out (or account deleted) in this tab meanwhile: that flow has said so already.
  if (!client.getQueryData(meKey)) return 'left';
  disconnectSocket();
  // Me first, so the open page (watching it) turns signed-out now; then everything else it knew goes.
  client.setQueryData(meKey, null);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  forgetLocalCopies();
  return 'ended';
}
