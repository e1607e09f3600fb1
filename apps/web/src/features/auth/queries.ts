import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AuthResult, Me, type LoginBody, type RegisterBody, type UpdateProfileBody } from '@broedplaats/contracts';
import { api, isApiError } from '../../lib/api';
import { disconnectSocket } from '../../lib/socket';

export const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api('/auth/me', { schema: Me });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api('/auth/login', { method: 'POST', body, schema: AuthResult }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useRegister() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => api('/auth/register', { method: 'POST', body, schema: AuthResult }),
    onSuccess: (result) => client.setQueryData(meKey, result.user),
  });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => api('/auth/me', { method: 'PATCH', body, schema: Me }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('/auth/logout', { method: 'POST' }),
    // Whatever the server says, this tab forgets everything it knew about the person.
    onSettled: () => {
      disconnectSocket();
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
