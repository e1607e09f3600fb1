// The PostgreSQL server a benchmark may use, and a fresh database on it per run (dropped afterwards).
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** DATABASE_URL when set, else the local server as postgres or root (as the API tests look for it). */
export async function findPostgres(): Promise<string | null> {
  const candidates = process.env.DATABASE_URL
    ? [process.env.DATABASE_URL]
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

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type FreshDatabase = { url: string; drop: () => Promise<void> };

export async function freshDatabase(adminUrl: string, label: string): Promise<FreshDatabase> {
  const name = `bp_bench_${label}_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`) };
}
