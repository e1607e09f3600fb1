import { z } from 'zod';

/** Every error code the API can answer with; the web maps each to an i18n key `errors.<code>`. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'email_taken',
  'invalid_credentials',
  'csrf_failed',
  'rate_limited',
  'last_facilitator',
  'invitation_invalid',
  'already_member',
  'network_archived',
  'not_archived',
  'reset_invalid',
  'method_not_allowed',
  'invalid_transition',
  'status_changed',
  'round_conflict',
  'budget_exceeded',
  'edit_window_closed',
  'already_taken',
  'meeting_cancelled',
  'meeting_over',
  'meeting_not_started',
  'stale_order',
  'live_not_running',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The HTTP status each code is answered with; socket acknowledgements carry the code only. */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  last_facilitator: 409,
  already_member: 409,
  network_archived: 409,
  not_archived: 409,
  invalid_transition: 409,
  status_changed: 409,
  round_conflict: 409,
  budget_exceeded: 409,
  edit_window_closed: 409,
  already_taken: 409,
  meeting_cancelled: 409,
  meeting_over: 409,
  meeting_not_started: 409,
  stale_order: 409,
  live_not_running: 409,
  invitation_invalid: 410,
  reset_invalid: 410,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/** One error shape for every HTTP error and socket error acknowledgement. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** Field path (dot-joined) to the problem with that field. */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Header every state-changing request must carry (CSRF defence: cross-site forms cannot set it). */
export const CSRF_HEADER = 'x-broedplaats-csrf';
export const CSRF_HEADER_VALUE = '1';
