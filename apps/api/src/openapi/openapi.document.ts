import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import { CSRF_HEADER, CSRF_HEADER_VALUE, ErrorBody as ErrorBodySchema, errorStatus, routes, SESSION_COOKIE, type ErrorCode, type RouteSpec } from '@broedplaats/contracts';
import { z } from 'zod';

// zod 4 attaches methods per instance, so `.openapi()` cannot be added to the contracts' existing
// schemas; `.meta({ id })` names a component instead.
const ErrorBody = ErrorBodySchema.meta({ id: 'ErrorBody' });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** Every status a route can answer with an ErrorBody, and the codes behind each. */
function errorResponses(spec: RouteSpec) {
  const codes: ErrorCode[] = ['validation_failed', 'not_found', ...spec.errors];
  if (spec.access === 'session') codes.push('unauthenticated');
  if (spec.method !== 'GET') codes.push('csrf_failed');
  const byStatus = new Map<number, Set<string>>();
  const add = (status: number, what: string) => byStatus.set(status, (byStatus.get(status) ?? new Set()).add(what));
  for (const code of codes) add(errorStatus[code], code);
  if (spec.body) {
    add(413, 'body too large');
    add(415, 'not application/json');
  }
  return Object.fromEntries([...byStatus].sort(([a], [b]) => a - b).map(([status, what]) => [status, errorResponse([...what].join(', '))]));
}

/** Built from the route table the API serves, so the document cannot drift from the code. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });

  for (const spec of Object.values(routes) as RouteSpec[]) {
    registry.registerPath({
      method: spec.method.toLowerCase() as 'get',
      path: spec.path.replace(/:(\w+)/g, '{$1}'),
      summary: spec.summary,
      tags: [spec.tag],
      security: spec.access === 'public' ? [] : [{ session: [] }],
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
        ...(spec.method !== 'GET' ? { headers: z.object({ [CSRF_HEADER]: z.literal(CSRF_HEADER_VALUE) }) } : {}),
      },
      responses: {
        [spec.status]: spec.response ? { description: 'OK', content: { 'application/json': { schema: spec.response } } } : { description: 'Done' },
        ...errorResponses(spec),
      },
    });
  }

  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: { title: 'Broedplaats API', version: '0.1.0', description: 'Socket events are listed in libs/contracts/src/realtime.ts.' },
  });
}
