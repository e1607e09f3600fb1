import { Injectable } from '@nestjs/common';
import type { Me, NetworkRole } from '@broedplaats/contracts';
import { judgeNetworkChange, judgeNetworkRestore, networkAccess, type NetworkAccess } from '@broedplaats/domain';
import type { Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { NetworksRepository, type NetworkRow } from './networks.repository';

export type Standing = { network: NetworkRow; role: NetworkRole | null; access: NetworkAccess };

/**
 * The one place that answers "what may this person see of this network?". A members-only network
 * answers 404 to outsiders, so its existence is not revealed; a public one answers 403 beyond its profile.
 */
@Injectable()
export class NetworkGate {
  constructor(private readonly networks: NetworksRepository) {}

  /** Inside a transaction the network row is locked, so concurrent changes of one network queue up. */
  async standing(user: Me, networkId: string, tx?: Tx): Promise<Standing> {
    const found = await this.networks.findWithRole(networkId, user.id, tx);
    if (!found) throw notFound('Network');
    const { network, role } = found;
    const access = networkAccess({ role, isPlatformAdmin: user.isPlatformAdmin }, network.visibility);
    if (access === 'none') throw notFound('Network');
    return { network, role, access };
  }

  /** For members, partners and everything inside: members only. */
  async requireMember(user: Me, networkId: string, tx?: Tx): Promise<Standing> {
    const standing = await this.standing(user, networkId, tx);
    if (standing.access !== 'full') throw forbidden('Only members of this network may see this');
    return standing;
  }

  /** For changing the network or its invitations: facilitators of a network that is not archived. */
  async requireChange(user: Me, networkId: string, tx?: Tx): Promise<Standing> {
    const standing = await this.standing(user, networkId, tx);
    const verdict = judgeNetworkChange(standing.role, standing.network.archivedAt !== null);
    if (verdict === 'forbidden') throw forbidden('Only facilitators may change this network');
    if (verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
    return standing;
  }

  /** For bringing an archived network back: facilitators only. */
  async requireRestore(user: Me, networkId: string, tx?: Tx): Promise<Standing> {
    const standing = await this.standing(user, networkId, tx);
    const verdict = judgeNetworkRestore(standing.role, standing.network.archivedAt !== null);
    if (verdict === 'forbidden') throw forbidden('Only facilitators may restore this network');
    if (verdict === 'not_archived') throw new AppError('not_archived', 'This network is not archived');
    return standing;
  }
}
