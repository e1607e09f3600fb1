import type { Db, Tx } from './database/database';

export type AfterCommit = (effect: () => void) => void;

/**
 * Runs `work` in one transaction; effects queued with `afterCommit` (publishing domain events) run
 * only once the data is committed, so nobody hears about a change that was rolled back.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const effects: Array<() => void> = [];
  const result = await db.transaction((tx) => work(tx, (effect) => effects.push(effect)));
  for (const effect of effects) effect();
  return result;
}
