import { defineConfig } from 'drizzle-kit';

// Run from the repository root: `npm run db:generate`. The SQL lands in apps/api/migrations and is committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/api/src/core/database/schema.ts',
  out: './apps/api/migrations',
});
