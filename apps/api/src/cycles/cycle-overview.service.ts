import { Inject, Injectable } from '@nestjs/common';
import { ParticipantCategory, type CycleListQuery, type CyclePage, type CycleSettings, type CycleSettingsBody, type CyclesOverview, type CycleSummary, type Me, type MyCycle, type MyCycleExport } from '@broedplaats/contracts';
import type { z } from 'zod';
import { DATABASE, type Database } from '../core/database/database';
import { notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { activeOwnerIds, commentOf, CycleReaderService } from './cycle-reader';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CycleRecordsService } from './cycle-records.service';
import { CyclesRepository, type CycleRow, type OwnerRow } from './cycles.repository';

type Out<T extends z.ZodType> = z.output<T>;
const phaseOrder = { plan: 0, act: 1, observe: 2, reflect: 3 } as const;
/** Never logged sorts as if logged on the day it started. */
const lastActive = (c: CycleSummary) => c.lastLogDate ?? c.createdAt.slice(0, 10);
const sorts: Record<Out<typeof CycleListQuery>['sort'], (a: CycleSummary, b: CycleSummary) => number> = {
  recent: (a, b) => lastActive(b).localeCompare(lastActive(a)),
  stale: (a, b) => lastActive(a).localeCompare(lastActive(b)),
  phase: (a, b) => phaseOrder[a.phase] - phaseOrder[b.phase],
  iterations: (a, b) => b.iteration - a.iteration,
  title: (a, b) => a.title.localeCompare(b.title, 'nl'),
  created: (a, b) => b.createdAt.localeCompare(a.createdAt),
};

/**
 * Cycles seen across a network (the facilitators' overview), across networks, and a person's own.
 * A network has tens of cycles, not thousands: they are read whole, judged one by one by the
 * domain's rule, then filtered, sorted and paged here.
 */
@Injectable()
export class CycleOverviewService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    private readonly recordsService: CycleRecordsService,
    private readonly gate: NetworkGate,
    private readonly reader: CycleReaderService,
  ) {}

  async list(user: Me, networkId: string, query: Out<typeof CycleListQuery>): Promise<CyclePage> {
    const { role } = await this.gate.requireAccess(user, 'cycles.read', networkId);
    const staleDays = await this.reader.staleDaysOf(networkId, query.staleDays);
    const { rows, owners } = await this.reader.visible(await this.cycles.inNetwork(networkId), { userId: user.id, role });
    const members = await this.cycles.members(networkId);
    const categoryOf = new Map(members.map((m) => [m.userId, m.category]));
    const all = await this.reader.summaries(rows, staleDays, owners);
    const items = all
      .filter((c) => (!query.phase || c.phase === query.phase) && (!query.status || c.status === query.status) && (!query.visibility || c.visibility === query.visibility))
      .filter((c) => (query.stale === undefined || c.stale === query.stale) && (!query.ownerId || c.owners.some((o) => o.id === query.ownerId)))
      .filter((c) => !query.category || c.owners.some((o) => categoryOf.get(o.id) === query.category))
      .sort((a, b) => sorts[query.sort](a, b) || a.title.localeCompare(b.title, 'nl'));
    const takingPart = new Set(rows.filter((r) => r.status === 'running').flatMap((r) => activeOwnerIds(owners.get(r.id)!)));
    const participation = ParticipantCategory.options.map((category) => {
      const inCategory = members.filter((m) => m.category === category);
      return { category, members: inCategory.length, takingPart: inCategory.filter((m) => takingPart.has(m.userId)).length };
    });
    const start = (query.page - 1) * query.pageSize;
    return { items: items.slice(start, start + query.pageSize), total: items.length, page: query.page, pageSize: query.pageSize, staleDays, participation };
  }

  async setStaleDays(user: Me, networkId: string, body: Out<typeof CycleSettingsBody>): Promise<CycleSettings> {
    await this.gate.requireAccess(user, 'cycles.manage', networkId);
    await inTransaction(this.database.db, (tx) => this.cycles.setStaleDays(tx, networkId, body.staleDays));
    return { networkId, staleDays: body.staleDays };
  }

  /** Per network I facilitate, what a facilitator sees there (never a private cycle of others). */
  async acrossNetworks(user: Me): Promise<CyclesOverview> {
    const networks = await this.cycles.facilitatedBy(user.id);
    const staleDaysOf = await this.cycles.staleDays(networks.map((n) => n.id));
    const overview: CyclesOverview = [];
    for (const network of networks) {
      const staleDays = staleDaysOf.get(network.id) ?? (await this.reader.staleDaysOf(network.id));
      const { rows, owners } = await this.reader.visible(await this.cycles.inNetwork(network.id), { userId: user.id, role: 'facilitator' });
      const summaries = await this.reader.summaries(rows, staleDays, owners);
      const running = summaries.filter((c) => c.status === 'running');
      overview.push({
        networkId: network.id, networkName: network.name, staleDays,
        running: running.length, stale: running.filter((c) => c.stale).length, closed: summaries.length - running.length,
        participants: new Set(running.flatMap((c) => c.owners.map((o) => o.id))).size,
        needAttention: running.filter((c) => c.stale).sort(sorts.stale).slice(0, 5),
      });
    }
    return overview;
  }

  /** My cycles everywhere: as an owner now, or as a former one (read-only, up to when I left). */
  async mine(user: Me): Promise<MyCycle[]> {
    const owned = await this.cycles.ownedBy(user.id);
    const rows = owned.map((o) => o.cycle);
    const staleDays = await this.cycles.staleDays([...new Set(rows.map((r) => r.networkId))]);
    const owners = await this.cycles.owners(rows.map((r) => r.id));
    const result: MyCycle[] = [];
    for (const { cycle, networkName, leftAt } of owned) {
      const [summary] = await this.reader.summaries([cycle], staleDays.get(cycle.networkId) ?? (await this.reader.staleDaysOf(cycle.networkId)), owners);
      result.push({ ...summary, networkName, formerOwner: leftAt !== null });
    }
    return result;
  }

  async myCycle(user: Me, cycleId: string): Promise<MyCycleExport> {
    const { row, mine } = await this.own(user, cycleId);
    const role = (await this.cycles.rolesAmong(row.networkId, [user.id])).get(user.id) ?? null;
    const until = mine.leftAt;
    const [cycle, logs, comments] = await Promise.all([
      this.reader.detail(row, { userId: user.id, role: until ? null : role }, false, { until }),
      this.records.logs(row.id, until),
      this.records.comments(row.id, until),
    ]);
    const names = await this.cycles.names(comments.map((c) => c.authorId));
    return { cycle, logs: await this.recordsService.present(row.id, logs), comments: comments.map((c) => commentOf(c, names)), formerOwner: until !== null };
  }

  async myCsv(user: Me, cycleId: string): Promise<{ filename: string; body: string }> {
    const { row, mine } = await this.own(user, cycleId);
    return this.recordsService.export(row, mine.leftAt);
  }

  /** A cycle I own or owned; to anyone else it does not exist here. */
  private async own(user: Me, cycleId: string): Promise<{ row: CycleRow; mine: OwnerRow }> {
    const row = await this.cycles.byId(cycleId);
    const mine = row ? (await this.cycles.owners([row.id])).get(row.id)!.find((o) => o.userId === user.id) : undefined;
    if (!row || !mine) throw notFound('Cycle');
    return { row, mine };
  }
}
