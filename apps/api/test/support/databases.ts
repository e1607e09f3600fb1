import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Client, Pool } from 'pg';
import { pgliteDatabase, postgresDatabase, type Database } from '../../src/core/database/database';

/** One kind of database a test file runs against; `open` gives a fresh, empty, migrated one. */
export type TestDatabase = { kind: 'pglite' | 'postgres'; open(): Promise<Database> };

const pglite: TestDatabase = {
  kind: 'pglite',
  async open() {
    const template = process.env.BP_PGLITE_TEMPLATE;
    const client = template ? await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) }) : await PGlite.create();
    return pgliteDatabase(client);
  },
};

/** A fresh database per call on the server, dropped when the app closes it. */
function postgres(adminUrl: string): TestDatabase {
  return {
    kind: 'postgres',
    async open() {
      const name = `bp_test_${randomBytes(6).toString('hex')}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = postgresDatabase(new Pool({ connectionString: url.toString(), max: 5 }));
      const close = database.close;
      database.close = async () => {
        await close();
        const dropper = new Client({ connectionString: adminUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      };
      return database;
    },
  };
}

/** PGlite always; the PostgreSQL server too when the global setup found one. Use with describe.each. */
export function testDatabases(): Array<[string, TestDatabase]> {
  const url = process.env.BP_TEST_POSTGRES_URL;
  return url ? [['pglite', pglite], ['postgres', postgres(url)]] : [['pglite', pglite]];
}
