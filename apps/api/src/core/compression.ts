import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import { registerPlugin, type HttpServer } from './fastify-plugin';

/**
 * Compresses answers on the fly: JSON from the API above 1 KB, and any static file the build did not
 * precompress (those come as .br/.gz files, see SpaFallback). Brotli at quality 4 costs about what gzip
 * does per answer and still wins on size; 11 would be slower than the network it saves. socket.io answers
 * on the raw server before Fastify, so its polling and upgrade requests never pass through here.
 */
export async function registerCompression(server: HttpServer): Promise<void> {
  await registerPlugin(server, fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
