import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { registerPlugin, type HttpServer } from '../core/fastify-plugin';
import { buildOpenApiDocument } from './openapi.document';

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;
export const openApiDocument = () => (cached ??= buildOpenApiDocument());

/** Swagger UI at /api/docs, fed the document generated from the contracts. */
export async function registerApiDocs(server: HttpServer): Promise<void> {
  await registerPlugin(server, fastifySwagger, { mode: 'static', specification: { document: openApiDocument() as never } });
  await registerPlugin(server, fastifySwaggerUi, { routePrefix: '/api/docs' });
}
