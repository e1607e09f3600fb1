import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The SQL lives in apps/api/migrations. From the bundle (apps/api/dist) and from the sources
 * (apps/api/src/core/database) it is a different number of levels up, so look upwards for it.
 */
export function migrationsFolder(start = __dirname): string {
  if (process.env.MIGRATIONS_DIR) return path.resolve(process.env.MIGRATIONS_DIR);
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'migrations');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`No migrations folder found above ${start}`);
}
