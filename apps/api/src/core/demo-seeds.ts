import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { ActivityData, ActivityKind } from '@broedplaats/contracts';
import type { NetworkPermission } from '@broedplaats/domain';
import { CONFIG, type Config } from './config';
import { DATABASE, type Database, type Db, type Tx } from './database/database';

/** Something that happened in a demo network, as its activity list will tell it. */
export type DemoHappening<K extends ActivityKind = ActivityKind> = {
  networkId: string; kind: K; actorId: string | null; subjectId: string | null; permission: NetworkPermission; data: ActivityData<K>; at: Date;
  /** Only these people see it (a private cycle's news: its owners). */
  restrictedTo?: string[];
};

/**
 * What the seeds of one demo load share: ids by the demo's own names (network slugs, e-mail
 * addresses), and what happened, which each capability's seed adds to and the activity seed writes
 * last, in time order (as it would have been recorded live).
 */
export type DemoContext = { tx: Tx; networks: Map<string, string>; people: Map<string, string>; happened: DemoHappening[] };

export type DemoSeed = {
  name: string;
  /** Lower runs first: networks (10) and people (20) before memberships (30) and what happens in networks (100+). */
  order: number;
  run(context: DemoContext): Promise<void>;
  /** True when this capability's demo is already in the database; one such seed skips the whole load. */
  present?(db: Db): Promise<boolean>;
};

/**
 * Each capability adds its part of the demo from its own `.demo.ts` (in its module's init); with
 * SEED_DEMO on, an empty database gets all parts in one transaction at start.
 */
@Injectable()
export class DemoSeeds implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeds.name);
  private readonly seeds: DemoSeed[] = [];

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  add(seed: DemoSeed): void {
    this.seeds.push(seed);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEED_DEMO) await this.loadIfEmpty();
  }

  /** Loads every part unless one is there already; true when it loaded. */
  async loadIfEmpty(): Promise<boolean> {
    for (const seed of this.seeds) if (await seed.present?.(this.database.db)) return false;
    const ordered = [...this.seeds].sort((a, b) => a.order - b.order);
    await this.database.db.transaction(async (tx) => {
      const context: DemoContext = { tx, networks: new Map(), people: new Map(), happened: [] };
      for (const seed of ordered) await seed.run(context);
    });
    this.logger.log({ parts: ordered.map((s) => s.name) }, 'demo data loaded');
    return true;
  }
}
