import { useMutation } from '@tanstack/react-query';
import { coreRoutes, type RequestPasswordResetBody, type ResetPasswordBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: RequestPasswordResetBody) => callRoute(coreRoutes.requestPasswordReset, { body }) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: ResetPasswordBody) => callRoute(coreRoutes.resetPassword, { body }) });
}
