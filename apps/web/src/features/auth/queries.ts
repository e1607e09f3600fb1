import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { routes, type LoginBody, type Me, type RegisterBody, type UpdateProfileBody } from '@broedplaats/contracts';
import { callRoute, isApiError } from '../../lib/api';
import { disconnectSocket } from '../../lib/socket';

const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (the API answers 401). */
async function fetchMe(): Promise<Me | null> {
  try {
    return await callRoute(routes.me);
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
    mutationFn: (body: LoginBody) => callRoute(routes.login, { body }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useRegister() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => callRoute(routes.register, { body }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => callRoute(routes.updateMe, { body }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(routes.logout),
    // Whatever the server says, this tab forgets everything it knew about the person.
    onSettled: () => {
      disconnectSocket();
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
