import type { TFunction } from 'i18next';
import type { namespaces } from './use-t';
import { isApiError, type ApiErrorCode } from './api';

/** Every code the API can answer with has a plain-language text; the compiler checks none is missing. */
const messageKeys = {
  validation_failed: 'errors:code.validation_failed',
  unauthenticated: 'errors:code.unauthenticated',
  forbidden: 'errors:code.forbidden',
  not_found: 'errors:code.not_found',
  email_taken: 'errors:code.email_taken',
  invalid_credentials: 'errors:code.invalid_credentials',
  csrf_failed: 'errors:code.csrf_failed',
  rate_limited: 'errors:code.rate_limited',
  last_facilitator: 'errors:code.last_facilitator',
  invitation_invalid: 'errors:code.invitation_invalid',
  already_member: 'errors:code.already_member',
  network_archived: 'errors:code.network_archived',
  not_archived: 'errors:code.not_archived',
  invalid_transition: 'errors:code.invalid_transition',
  status_changed: 'errors:code.status_changed',
  round_conflict: 'errors:code.round_conflict',
  budget_exceeded: 'errors:code.budget_exceeded',
  edit_window_closed: 'errors:code.edit_window_closed',
  already_taken: 'errors:code.already_taken',
  reset_invalid: 'errors:code.reset_invalid',
  method_not_allowed: 'errors:code.method_not_allowed',
  meeting_cancelled: 'errors:code.meeting_cancelled',
  meeting_over: 'errors:code.meeting_over',
  meeting_not_started: 'errors:code.meeting_not_started',
  stale_order: 'errors:code.stale_order',
  live_not_running: 'errors:code.live_not_running',
  internal: 'errors:code.internal',
  network: 'errors:code.network',
} as const satisfies Record<ApiErrorCode, string>;

export function errorMessage(t: TFunction<typeof namespaces>, error: unknown): string {
  if (isApiError(error)) return t(messageKeys[error.code]);
  return t('errors:code.internal');
}

/** Field errors from the server, in plain words, keyed by the form's field paths. */
export function fieldErrors(t: TFunction<typeof namespaces>, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === 'email_taken') return { email: t('errors:code.email_taken') };
  return Object.fromEntries(Object.keys(error.fields).map((path) => [path, t('errors:field.server')]));
}
