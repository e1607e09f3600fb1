import { mkdirSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { migrationsFolder } from './migrations-folder';
import { withPreparedStatements } from './pglite-statements';

/** Both drivers give the same query builder; services and repositories only see this. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const DATABASE = Symbol('DATABASE');
const logger = new Logger('Database');

export function pgliteDatabase(client: PGlite): Database {
  // drizzle uses only `query` and `transaction` of the client it is given.
  const db = drizzlePglite(withPreparedStatements(client) as PGlite);
  return {
    kind: 'pglite',
    db: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    ping: async () => void (await client.query('select 1')),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

export function postgresDatabase(pool: Pool): Database {
  // An idle connection the server drops (restart, failover, admin command) must not crash the process:
  // the pool discards it and opens a new one on the next query.
  pool.on('error', (error) => logger.warn(`idle database connection lost: ${error.message}`));
  const db = drizzlePg(pool);
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    migrate: () => migratePg(db, { migrationsFolder: migrationsFolder() }),
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => pool.end(),
  };
}

/** PGlite in a folder (created on first start) unless DATABASE_URL names a PostgreSQL server. */
export async function openDatabase(config: { DATABASE_URL?: string; DATA_DIR: string }): Promise<Database> {
  if (config.DATABASE_URL) return postgresDatabase(new Pool({ connectionString: config.DATABASE_URL, max: 10 }));
  const dir = path.resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  return pgliteDatabase(client);
}
