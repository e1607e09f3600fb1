import { useMutation } from '@tanstack/react-query';
import { routes, type RequestPasswordResetBody, type ResetPasswordBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: RequestPasswordResetBody) => callRoute(routes.requestPasswordReset, { body }) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: ResetPasswordBody) => callRoute(routes.resetPassword, { body }) });
}
