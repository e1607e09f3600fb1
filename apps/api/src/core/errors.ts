import type { ErrorCode } from '@broedplaats/contracts';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  email_taken: 409,
  last_facilitator: 409,
  already_member: 409,
  network_archived: 409,
  not_archived: 409,
  method_not_allowed: 405,
  invitation_invalid: 410,
  rate_limited: 429,
  internal: 500,
};

/** The one way a service says no; the error filter turns it into `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** For `rate_limited`: seconds until trying again makes sense (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Log in first');
export const validationFailed = (fields: Record<string, string>, message = 'Some fields are not valid') =>
  new AppError('validation_failed', message, fields);

export function statusForCode(code: ErrorCode): number {
  return statusOf[code];
}
