// Baseline for the REST benchmark: bare Fastify and the database driver, no Nest, no ORM, no plugins.
// GET /api/networks/:id does what a signed-in read needs at least: the session by its token hash, the
// caller's membership and the network row, three queries. On PGlite (DATA_DIR, a folder like the
// embedded default) or on a PostgreSQL server (DATABASE_URL). It makes its own schema (the API's
// migrations) and rows, and prints "listening <port> <cookie> <networkId>" when ready.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { SESSION_COOKIE } from '@broedplaats/contracts';

type Query = <R>(text: string, params?: unknown[]) => Promise<R[]>;
type Db = { query: Query; exec: (sql: string) => Promise<void>; close: () => Promise<void> };

const migrations = join(__dirname, '../../apps/api/migrations');

async function open(): Promise<Db> {
  if (process.env.DATABASE_URL) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    return {
      query: async (text, params) => (await pool.query(text, params)).rows,
      exec: async (sql) => void (await pool.query(sql)),
      close: () => pool.end(),
    };
  }
  const client = await PGlite.create(process.env.DATA_DIR!);
  return {
    query: async <R>(text: string, params?: unknown[]) => (await client.query<R>(text, params)).rows,
    exec: async (sql) => void (await client.exec(sql)),
    close: () => client.close(),
  };
}

/** The API's own migrations, so both servers read the same tables with the same indexes. */
async function migrate(db: Db): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  for (const { tag } of journal.entries) {
    for (const statement of readFileSync(join(migrations, `${tag}.sql`), 'utf8').split('--> statement-breakpoint')) {
      if (statement.trim()) await db.exec(statement);
    }
  }
}

async function seed(db: Db): Promise<{ token: string; networkId: string }> {
  const token = randomBytes(32).toString('base64url');
  const suffix = randomBytes(4).toString('hex');
  const [user] = await db.query<{ id: string }>(
    `insert into users (email, password_hash, display_name) values ($1, 'x', 'Bare lid') returning id`,
    [`bare-${suffix}@example.nl`],
  );
  await db.query(`insert into sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`, [user.id, hash(token)]);
  const [network] = await db.query<{ id: string }>(
    `insert into networks (name, province, type, status, visibility) values ('Bare netwerk', 'Utrecht', 'learning-network', 'active', 'members') returning id`,
  );
  await db.query(`insert into memberships (network_id, user_id, role, category) values ($1, $2, 'member', 'professional')`, [network.id, user.id]);
  return { token, networkId: network.id };
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function tokenFrom(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function main() {
  const db = await open();
  await migrate(db);
  const { token, networkId } = await seed(db);
  const app = Fastify();
  app.get<{ Params: { id: string } }>('/api/networks/:id', async (request, reply) => {
    const presented = tokenFrom(request.headers.cookie);
    if (!presented) return reply.code(401).send({ error: { code: 'unauthenticated', message: 'Log in first' } });
    const [session] = await db.query<{ user_id: string }>(
      'select s.id, s.user_id, u.display_name, u.is_platform_admin from sessions s join users u on u.id = s.user_id where s.token_hash = $1 and s.expires_at > now()',
      [hash(presented)],
    );
    if (!session) return reply.code(401).send({ error: { code: 'unauthenticated', message: 'Log in first' } });
    const [membership] = await db.query<{ role: string }>('select role from memberships where network_id = $1 and user_id = $2', [request.params.id, session.user_id]);
    if (!membership) return reply.code(404).send({ error: { code: 'not_found', message: 'Network not found' } });
    const [network] = await db.query('select * from networks where id = $1', [request.params.id]);
    return { ...(network as object), myRole: membership.role };
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening ${new URL(address).port} ${SESSION_COOKIE}=${token} ${networkId}\n`);
  process.on('SIGTERM', () => void app.close().then(() => db.close()).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
