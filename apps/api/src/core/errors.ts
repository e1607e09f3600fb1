import { errorStatus, type ErrorCode } from '@broedplaats/contracts';

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
    this.status = errorStatus[code];
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Log in first');
export const validationFailed = (fields: Record<string, string>, message = 'Some fields are not valid') =>
  new AppError('validation_failed', message, fields);
