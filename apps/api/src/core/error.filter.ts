import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode } from '@broedplaats/contracts';
import { AppError } from './errors';
import type { RouteCatalog } from './route-catalog';
import type { SpaFallback } from './spa';

const codeForStatus = (status: number): ErrorCode => {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'validation_failed';
  return 'internal';
};

/** Status and ErrorBody for anything thrown; also used for the errors Fastify raises before routing. */
export function describeError(exception: unknown): { status: number; body: ErrorBody } {
  if (exception instanceof AppError) {
    const fields = exception.fields ? { fields: exception.fields } : {};
    return { status: exception.status, body: { error: { code: exception.code, message: exception.message, ...fields } } };
  }
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : Number((exception as { statusCode?: number } | null)?.statusCode) || 500;
  const code = codeForStatus(status);
  const message = status >= 500 ? 'Something went wrong' : ((exception as Error)?.message ?? 'Bad request');
  return { status, body: { error: { code, message } } };
}

/**
 * The single place where anything thrown becomes `{ error: { code, message, fields? } }`. Fastify's
 * own client errors (bad JSON, wrong content type, too large) keep their 4xx status; everything
 * unexpected is logged and answered as a bare 500 without details.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  constructor(
    private readonly routes: RouteCatalog,
    private readonly spa?: SpaFallback,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, body } = describeError(exception);
    if (status === 404 && this.spa?.handles(request)) {
      void this.spa.send(request, reply);
      return;
    }
    // No route matched: if the path exists with other methods, say which (405 with Allow).
    const allowed = status === 404 && !request.routeOptions?.url ? this.routes.methodsFor(request.url.split('?')[0]) : [];
    if (allowed.length > 0) {
      const notAllowed: ErrorBody = { error: { code: 'method_not_allowed', message: `Use ${allowed.join(', ')}` } };
      void reply.code(405).header('allow', allowed.join(', ')).send(notAllowed);
      return;
    }
    if (status >= 500) this.logger.error({ err: exception, url: request.url }, 'unhandled error');
    if (exception instanceof AppError && exception.retryAfterSeconds) void reply.header('retry-after', String(exception.retryAfterSeconds));
    void reply.code(status).send(body);
  }
}
