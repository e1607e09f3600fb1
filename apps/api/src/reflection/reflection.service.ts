import { Inject, Injectable } from '@nestjs/common';
import { AGGREGATE_MIN_PEOPLE, type Me, type Reflection, type ReflectionAggregates, type SharedReflection, type UpdateReflectionBody, type WriteReflectionBody } from '@broedplaats/contracts';
import { aggregateReflections } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { ReflectionLinks } from './reflection-links';
import { ReflectionRepository, type ReflectionRow } from './reflection.repository';
import './reflection.events';

type Fields = Pick<ReflectionRow, 'networkId' | 'sharedPart' | 'linkKind' | 'linkId'>;

/**
 * The journal is its writer's alone: no network, facilitator or platform role reads `text`. A shared
 * part goes to a network the writer is a member of now; the network's members read it.
 */
@Injectable()
export class ReflectionService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly repo: ReflectionRepository,
    private readonly links: ReflectionLinks,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async mine(user: Me): Promise<Reflection[]> {
    return (await this.repo.mine(user.id)).map(view);
  }

  async write(user: Me, body: z.output<typeof WriteReflectionBody>): Promise<Reflection> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const fields = { networkId: body.networkId, sharedPart: body.sharedPart, linkKind: body.link?.kind ?? null, linkId: body.link?.id ?? null };
      await this.check(user, fields, tx);
      const now = this.clock.now();
      const row = await this.repo.insert(tx, { authorId: user.id, text: body.text, domains: body.domains, cycles: body.cycles, ...fields, createdAt: now, updatedAt: now });
      if (row.networkId && row.sharedPart) afterCommit(() => this.events.publish('reflection.changed', { networkId: row.networkId!, id: row.id, change: 'reflection' }));
      return view(row);
    });
  }

  async update(user: Me, id: string, body: z.output<typeof UpdateReflectionBody>): Promise<Reflection> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const before = await this.repo.one(user.id, id, tx);
      if (!before) throw notFound('Reflection');
      const { link, ...rest } = body;
      const fields: Fields = {
        networkId: body.networkId !== undefined ? body.networkId : before.networkId,
        sharedPart: body.sharedPart !== undefined ? body.sharedPart : before.sharedPart,
        linkKind: link !== undefined ? (link?.kind ?? null) : before.linkKind,
        linkId: link !== undefined ? (link?.id ?? null) : before.linkId,
      };
      if (fields.sharedPart && !fields.networkId) throw validationFailed({ networkId: 'Choose the network to share with' });
      if (fields.linkId && !fields.networkId) throw validationFailed({ networkId: 'Choose the network it is about' });
      // Only what touches a network is checked against it; a journal edit needs no membership.
      if (body.networkId !== undefined || body.sharedPart !== undefined || link !== undefined) await this.check(user, fields, tx);
      const row = await this.repo.update(tx, user.id, id, { ...rest, ...fields, updatedAt: this.clock.now() });
      for (const networkId of new Set([before.sharedPart ? before.networkId : null, row.sharedPart ? row.networkId : null])) {
        if (networkId) afterCommit(() => this.events.publish('reflection.changed', { networkId, id, change: 'reflection' }));
      }
      return view(row);
    });
  }

  async remove(user: Me, id: string): Promise<void> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const row = await this.repo.one(user.id, id, tx);
      if (!row) throw notFound('Reflection');
      await this.repo.remove(tx, user.id, id);
      if (row.networkId && row.sharedPart) afterCommit(() => this.events.publish('reflection.changed', { networkId: row.networkId!, id, change: 'reflection' }));
    });
  }

  async shared(user: Me, networkId: string): Promise<SharedReflection[]> {
    await this.gate.requireAccess(user, 'reflection.read', networkId);
    const rows = await this.repo.shared(networkId);
    const names = await this.repo.names(rows.map((r) => r.authorId));
    return rows.map((r) => ({
      id: r.id, networkId, author: names.get(r.authorId) ?? null, sharedPart: r.sharedPart!, domains: r.domains, cycles: r.cycles,
      link: r.linkKind && r.linkId ? { kind: r.linkKind, id: r.linkId } : null, createdAt: r.createdAt.toISOString(),
    }));
  }

  async aggregates(user: Me, networkId: string, query: { from?: string; to?: string }): Promise<ReflectionAggregates> {
    await this.gate.requireAccess(user, 'reflection.read', networkId);
    const from = query.from ? new Date(`${query.from}T00:00:00Z`) : null;
    const to = query.to ? new Date(`${query.to}T23:59:59Z`) : null;
    const rows = (await this.repo.shared(networkId)).filter((r) => (!from || r.createdAt >= from) && (!to || r.createdAt <= to));
    return aggregateReflections(networkId, rows, AGGREGATE_MIN_PEOPLE);
  }

  /** Sharing and linking need a network the writer is a member of now (not archived); a link must be allowed. */
  private async check(user: Me, fields: Fields, tx: Tx): Promise<void> {
    if (!fields.networkId) return;
    await this.gate.requireAccess(user, 'reflection.write', fields.networkId, { tx });
    if (fields.linkKind && fields.linkId && !(await this.links.allowed({ kind: fields.linkKind, id: fields.linkId }, fields.networkId, user.id, tx))) {
      throw validationFailed({ 'link.id': fields.linkKind === 'intervision' ? 'Only the case owner writes about their session' : 'Not in this network' });
    }
  }
}

function view(row: ReflectionRow): Reflection {
  return {
    id: row.id, text: row.text, domains: row.domains, cycles: row.cycles, networkId: row.networkId,
    link: row.linkKind && row.linkId ? { kind: row.linkKind, id: row.linkId } : null, sharedPart: row.sharedPart,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}
