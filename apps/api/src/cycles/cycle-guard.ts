import { Injectable } from '@nestjs/common';
import type { Me, NetworkRole } from '@broedplaats/contracts';
import { judgeCycle, type CycleAction } from '@broedplaats/domain';
import type { Tx } from '../core/database/database';
import { notFound } from '../core/errors';
import { NetworkGate } from '../networks/network-gate';
import { enforceCycle, factsOf } from './cycle-reader';
import { CyclesRepository, type CycleRow, type OwnerRow } from './cycles.repository';

export type OpenCycle = { row: CycleRow; owners: OwnerRow[]; role: NetworkRole | null; archived: boolean };

/**
 * The one access check for a cycle: the network's gate first (members only; an admin's
 * facilitator-on-duty shift does not open cycles), then the cycle's own rule by its visibility.
 */
@Injectable()
export class CycleGuard {
  constructor(
    private readonly gate: NetworkGate,
    private readonly cycles: CyclesRepository,
  ) {}

  async open(user: Pick<Me, 'id' | 'isPlatformAdmin'>, networkId: string, cycleId: string, action: CycleAction, tx?: Tx): Promise<OpenCycle> {
    const { role, network } = await this.gate.requireAccess(user, 'cycles.read', networkId, tx ? { tx } : {});
    const row = tx ? await this.cycles.lock(tx, networkId, cycleId) : await this.cycles.find(networkId, cycleId);
    if (!row) throw notFound('Cycle');
    const owners = (await this.cycles.owners([row.id], tx)).get(row.id)!;
    const archived = network.archivedAt !== null;
    enforceCycle(judgeCycle(action, { userId: user.id, role }, factsOf(row, owners, archived)), action);
    return { row, owners, role, archived };
  }
}
