import { testDatabases, type TestDatabase } from '../support/databases';
import { runConvergence } from './convergence';

/**
 * `npm test` runs one seed (DOCS_SEED, default 1) with 5 editors; `npm run docs:convergence` runs
 * DOCS_SEEDS seeds (default 100) on PGlite and prints the failing ones.
 */
const many = Number(process.env.DOCS_SEEDS ?? 0);
const first = Number(process.env.DOCS_SEED ?? 1);
const seeds = many > 0 ? Array.from({ length: many }, (_, i) => first + i) : [first];
const databases = many > 0 ? testDatabases().slice(0, 1) : testDatabases();
const failing: number[] = [];

describe.each(databases)('convergence on %s', (_kind, db: TestDatabase) => {
  afterAll(() => {
    if (many > 0) console.log(failing.length ? `failing seeds: ${failing.join(' ')}` : `all ${seeds.length} seeds converged`);
  });

  it.each(seeds)('5 editors, random edits, disconnects and a restart converge (seed %i)', async (seed) => {
    const database = await db.open();
    try {
      const result = await runConvergence(database, { seed, editors: 5, steps: 160 });
      const expected = { everyReplica: result.stored, missing: 0, sameVectors: true, sameBytesAfterRestart: true };
      const got = { everyReplica: new Set(result.texts).size === 1 ? result.texts[0] : result.texts, missing: result.missing, sameVectors: result.sameVectors, sameBytesAfterRestart: result.sameBytesAfterRestart };
      if (JSON.stringify(got) !== JSON.stringify(expected)) failing.push(seed);
      expect(got).toEqual(expected);
      expect(result.acked).toBeGreaterThan(20);
    } finally {
      await database.close();
    }
  }, 60_000);
});
