import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { createClient } from 'redis';
import { pgliteDatabase } from '../../src/core/database/database';

/** Which PostgreSQL server tests may use: TEST_DATABASE_URL, else the local one as postgres or root. */
async function findPostgres(): Promise<string | null> {
  const candidates = process.env.TEST_DATABASE_URL
    ? [process.env.TEST_DATABASE_URL]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  for (const url of candidates) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.query('select 1');
      return url;
    } catch {
      // try the next one
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

async function findRedis(): Promise<string | null> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const client = createClient({ url, socket: { connectTimeout: 1500, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return null;
  } finally {
    if (client.isOpen) await client.quit().catch(() => undefined);
  }
}

/**
 * Migrates one PGlite once per run and dumps it; each test file loads the dump (~0.7 s) instead of
 * starting and migrating an empty PGlite (~3.5 s). Workers inherit the env vars set here.
 */
export default async function globalSetup(): Promise<void> {
  const client = await PGlite.create();
  const database = pgliteDatabase(client);
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `broedplaats-api-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  process.env.BP_PGLITE_TEMPLATE = file;

  const pg = await findPostgres();
  if (pg) process.env.BP_TEST_POSTGRES_URL = pg;
  else console.warn('\n[api tests] No PostgreSQL server answered at 127.0.0.1:5432: running on PGlite only.\n');
  const redis = await findRedis();
  if (redis) process.env.BP_TEST_REDIS_URL = redis;
  else console.warn('\n[api tests] No Redis answered at 127.0.0.1:6379: the two-instance Redis test is SKIPPED.\n');
}
