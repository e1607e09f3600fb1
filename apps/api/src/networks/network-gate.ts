import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Me, NetworkRole } from '@broedplaats/contracts';
import { judgeNetworkChange, judgeNetworkRestore, networkAccess, type NetworkAccess } from '@broedplaats/domain';
import { CacheInvalidation } from '../core/cache-invalidation';
import type { Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { ExpiringCache } from '../core/expiring-cache';
import { NetworksRepository, type NetworkRow } from './networks.repository';

export type Standing = { network: NetworkRow; role: NetworkRole | null; access: NetworkAccess };
type Found = { network: NetworkRow; role: NetworkRole | null };

/** A membership is read from the database again after this long, whatever else happens. */
const CACHE_FOR_MS = 60_000;
const CACHE_SIZE = 50_000;
const key = (networkId: string, userId: string) => `${networkId}:${userId}`;

/**
 * The one place that answers "what may this person see of this network?". A members-only network
 * answers 404 to outsiders, so its existence is not revealed; a public one answers 403 beyond its profile.
 *
 * Every read inside a network asks this first, so members' standings are kept in memory. They are
 * forgotten, on every instance (CacheInvalidation), when the membership or the network changes; only
 * members are kept, so someone who just joined is never answered from an older "not a member". Inside
 * a transaction the database is always asked (and the row locked).
 */
@Injectable()
export class NetworkGate implements OnModuleDestroy {
  private readonly cache = new ExpiringCache<string, Found>(CACHE_FOR_MS, CACHE_SIZE);
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly networks: NetworksRepository,
    invalidation: CacheInvalidation,
    events: EventBus,
  ) {
    const member = (networkId: string, userId: string) => void invalidation.publish({ kind: 'member', networkId, userId });
    const network = (networkId: string) => void invalidation.publish({ kind: 'network', networkId });
    this.unsubscribe = [
      invalidation.listen((message) => {
        if (message.kind === 'member') this.cache.forget((_found, k) => k === key(message.networkId, message.userId));
        else if (message.kind === 'network') this.cache.forget((found) => found.network.id === message.networkId);
        else if (message.kind === 'all') this.cache.clear();
      }),
      events.subscribe('member.removed', (p) => member(p.networkId, p.userId)),
      events.subscribe('member.updated', (p) => member(p.networkId, p.member.userId)),
      events.subscribe('network.updated', (p) => network(p.network.id)),
      events.subscribe('network.archived', (p) => network(p.networkId)),
    ];
  }

  /** Inside a transaction the network row is locked, so concurrent changes of one network queue up. */
  async standing(user: Me, networkId: string, tx?: Tx): Promise<Standing> {
    const found = tx
      ? await this.networks.findWithRole(networkId, user.id, tx)
      : await this.cache.through(key(networkId, user.id), () => this.networks.findWithRole(networkId, user.id), (f) => f.role !== null);
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

  onModuleDestroy(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }
}
