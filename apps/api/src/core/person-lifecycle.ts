import { Injectable } from '@nestjs/common';
import type { Tx } from './database/database';
import type { AfterCommit } from './transaction';

/** A person left a network (on their own, or removed by a facilitator), inside that transaction. */
export type LeftNetwork = { tx: Tx; afterCommit: AfterCommit; networkId: string; userId: string; byUserId: string };
type Handler = (left: LeftNetwork) => Promise<void>;

/**
 * What each capability does when a person leaves: they keep authorship of what they wrote, lose
 * access, and hand back what is open (assignments go back to the facilitators). Handlers run in
 * the leaving's own transaction, so a failing one leaves the membership as it was.
 */
@Injectable()
export class PersonLifecycle {
  private readonly onLeft: Handler[] = [];

  whenLeftNetwork(handler: Handler): () => void {
    this.onLeft.push(handler);
    return () => this.onLeft.splice(this.onLeft.indexOf(handler), 1);
  }

  async leftNetwork(left: LeftNetwork): Promise<void> {
    for (const handler of this.onLeft) await handler(left);
  }
}
