import { Inject, Injectable } from '@nestjs/common';
import type { Me, UpdateValueStoryBody, ValueStory, ValueStoryBody } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { ReflectionRepository, type StoryRow } from './reflection.repository';
import './reflection.events';

/** Value stories: a member's own until shared; shared ones are read by the network's members; only the writer edits. */
@Injectable()
export class ValueStoriesService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly repo: ReflectionRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: Me, networkId: string): Promise<ValueStory[]> {
    await this.gate.requireAccess(user, 'reflection.read', networkId);
    return this.views(await this.repo.stories(networkId, user.id), user.id);
  }

  async one(user: Me, networkId: string, storyId: string): Promise<ValueStory> {
    await this.gate.requireAccess(user, 'reflection.read', networkId).catch(hideForbidden);
    const row = await this.repo.story(networkId, storyId, user.id);
    if (!row) throw notFound('Value story');
    return (await this.views([row], user.id))[0]!;
  }

  async write(user: Me, networkId: string, body: z.output<typeof ValueStoryBody>): Promise<ValueStory> {
    await this.gate.requireAccess(user, 'reflection.write', networkId);
    const row = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const now = this.clock.now();
      const story = await this.repo.insertStory(tx, { networkId, authorId: user.id, ...body, createdAt: now, updatedAt: now });
      if (story.shared) afterCommit(() => this.events.publish('reflection.changed', { networkId, id: story.id, change: 'value-story' }));
      return story;
    });
    return (await this.views([row], user.id))[0]!;
  }

  async update(user: Me, networkId: string, storyId: string, body: z.output<typeof UpdateValueStoryBody>): Promise<ValueStory> {
    const row = await this.mutate(user, networkId, storyId, async (tx, before) => this.repo.updateStory(tx, before.id, { ...body, updatedAt: this.clock.now() }));
    return (await this.views([row!], user.id))[0]!;
  }

  async remove(user: Me, networkId: string, storyId: string): Promise<void> {
    await this.mutate(user, networkId, storyId, async (tx, before) => {
      await this.repo.removeStory(tx, before.id);
      return null;
    });
  }

  private async mutate(user: Me, networkId: string, storyId: string, work: (tx: Parameters<Parameters<typeof inTransaction>[1]>[0], before: StoryRow) => Promise<StoryRow | null>): Promise<StoryRow | null> {
    await this.gate.requireAccess(user, 'reflection.read', networkId).catch(hideForbidden);
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const before = await this.repo.story(networkId, storyId, user.id, tx);
      if (!before) throw notFound('Value story');
      if (before.authorId !== user.id) throw forbidden('Only its writer changes a value story');
      await this.gate.requireAccess(user, 'reflection.write', networkId, { tx });
      const after = await work(tx, before);
      if (before.shared || after?.shared) afterCommit(() => this.events.publish('reflection.changed', { networkId, id: storyId, change: 'value-story' }));
      return after;
    });
  }

  private async views(rows: StoryRow[], readerId: string): Promise<ValueStory[]> {
    const names = await this.repo.names(rows.map((r) => r.authorId));
    return rows.map((r) => ({
      id: r.id, networkId: r.networkId, author: r.authorId ? (names.get(r.authorId) ?? null) : null, title: r.title, immediate: r.immediate, potential: r.potential,
      applied: r.applied, realised: r.realised, reframing: r.reframing, shared: r.shared, mine: r.authorId === readerId, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
    }));
  }
}

/** A story someone may not reach does not exist for them. */
function hideForbidden(error: unknown): never {
  throw error instanceof AppError && error.code === 'forbidden' ? notFound('Value story') : error;
}
