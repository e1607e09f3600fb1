import { defineConfig } from 'drizzle-kit';

// Run from the repository root: `npm run db:generate`. The SQL lands in apps/api/migrations and is committed.
export default defineConfig({
  dialect: 'postgresql',
  // Each capability keeps its tables beside its code; core lists none of them.
  schema: './apps/api/src/**/*.tables.ts',
  out: './apps/api/migrations',
});
