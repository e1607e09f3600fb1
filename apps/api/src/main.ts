import { createApp } from './app.factory';

async function main() {
  const { app, config } = await createApp();
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
