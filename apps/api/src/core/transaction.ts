import { Logger } from '@nestjs/common';
import type { Db, Tx } from './database/database';

/** Work to do once the data is committed (publishing domain events, reading what to announce). */
export type AfterCommit = (effect: () => void | Promise<void>) => void;

const logger = new Logger('Transaction');

/**
 * Runs `work` in one transaction; effects queued with `afterCommit` run only once the data is
 * committed, so nobody hears about a change that was rolled back. They are awaited one by one and
 * a failing effect is logged, never thrown: the change itself stands, and an unhandled rejection
 * would stop the process.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const effects: Array<() => void | Promise<void>> = [];
  const result = await db.transaction((tx) => work(tx, (effect) => effects.push(effect)));
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      logger.error({ err: error }, 'work after commit failed');
    }
  }
  return result;
}
