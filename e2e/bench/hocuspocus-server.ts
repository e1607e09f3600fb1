// The benchmark's baseline: a plain Hocuspocus 3 server with its in-memory documents, nothing added.
// Prints "listening <port>" when ready (e2e/bench/child.ts reads it).
import { Server } from '@hocuspocus/server';
import { freePort } from '../src/support/server';

async function main() {
  const port = await freePort();
  const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: true });
  await server.listen();
  process.stdout.write(`listening ${port} ${process.pid}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
