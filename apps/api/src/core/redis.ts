import { createClient } from 'redis';

export const REDIS = Symbol('REDIS');

/** One connected client; the socket.io adapter duplicates it for its blocking reads. */
export async function connectRedis(url: string) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 3000) } });
  client.on('error', () => undefined); // reconnects on its own; health reports the state
  await client.connect();
  return client;
}

export type Redis = Awaited<ReturnType<typeof connectRedis>>;
