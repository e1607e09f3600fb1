import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerPlugin } from '../core/fastify-plugin';
import { buildOpenApiDocument } from './openapi.document';

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;
export const openApiDocument = () => (cached ??= buildOpenApiDocument());

/** Swagger UI at /api/docs, fed the document generated from the contracts. */
export async function registerApiDocs(app: NestFastifyApplication): Promise<void> {
  await registerPlugin(app, fastifySwagger, { mode: 'static', specification: { document: openApiDocument() as never } });
  await registerPlugin(app, fastifySwaggerUi, { routePrefix: '/api/docs' });
}
