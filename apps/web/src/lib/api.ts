import type { z } from 'zod';
import { CSRF_HEADER, CSRF_HEADER_VALUE, ErrorBody, pathOf, type ErrorCode, type RouteSpec } from '@broedplaats/contracts';

/** The contract's codes, plus `network` for when the server could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

// What a call needs follows from the route: its path parameters and body are required when the route
// has them and refused when it has none; the query is optional (every field has a default).
type ParamsPart<R> = R extends { params: infer P extends z.ZodType } ? { params: z.input<P> } : { params?: never };
type QueryPart<R> = R extends { query: infer Q extends z.ZodType } ? { query?: z.input<Q> } : { query?: never };
type BodyPart<R> = R extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : { body?: never };
type RouteInput<R extends RouteSpec> = ParamsPart<R> & QueryPart<R> & BodyPart<R> & { signal?: AbortSignal };
/** The route's answer as the contract describes it; void for routes that answer nothing (204). */
type RouteAnswer<R extends RouteSpec> = R extends { response: infer S extends z.ZodType } ? z.infer<S> : void;
// The input may be left out when nothing in it is required.
type InputArgs<R extends RouteSpec> = object extends ParamsPart<R> & BodyPart<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];

function url(path: string, query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls one route of the contracts' route table: fills in and percent-encodes its path parameters,
 * sends the CSRF header on every change, and checks the answer against the route's response schema.
 */
export async function callRoute<R extends RouteSpec>(spec: R, ...[input]: InputArgs<R>): Promise<RouteAnswer<R>> {
  const { params, query, body, signal } = (input ?? {}) as { params?: object; query?: object; body?: unknown; signal?: AbortSignal };
  const path = pathOf(spec, (params ?? {}) as never);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (spec.method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url(path, query as Record<string, unknown> | undefined), {
      method: spec.method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server could not be reached');
  }

  const data = await readJson(response);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(data);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields);
    }
    // A proxy or crash page instead of our error shape.
    throw new ApiError(response.status, 'internal', `Unexpected answer (${response.status})`);
  }
  if (!spec.response) return undefined as RouteAnswer<R>;
  const parsed = spec.response.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(response.status, 'internal', `Answer does not match the contract for ${spec.method} ${spec.path}`);
  }
  return parsed.data as RouteAnswer<R>;
}
