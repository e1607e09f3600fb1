import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Me, NetworkRole } from '@broedplaats/contracts';
import { judgeAccess, networkAccess, type NetworkAccess, type NetworkPermission } from '@broedplaats/domain';
import { CacheInvalidation } from '../core/cache-invalidation';
import { CLOCK, type Clock } from '../core/clock';
import type { Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { ExpiringCache } from '../core/expiring-cache';
import { NetworksRepository, type NetworkRow } from './networks.repository';

/** Who asks: a signed-in person, or a visitor without an account (see `visitor`). */
export type Viewer = Pick<Me, 'id' | 'isPlatformAdmin'>;
/** Someone without an account: a member of nothing, so they see public profiles only. */
export const visitor: Viewer = { id: '00000000-0000-0000-0000-000000000000', isPlatformAdmin: false };

/** `onDuty`: a platform admin, not a member, on a facilitator-on-duty shift here (until `endsAt`). */
export type Standing = { network: NetworkRow; role: NetworkRole | null; access: NetworkAccess; onDuty: { endsAt: Date } | null };
type Found = { network: NetworkRow; role: NetworkRole | null; dutyEndsAt: Date | null };

/** A membership is read from the database again after this long, whatever else happens. */
const CACHE_FOR_MS = 60_000;
const CACHE_SIZE = 50_000;
const key = (networkId: string, userId: string) => `${networkId}:${userId}`;

/** What a refused person is told, per permission. */
const refusals: Record<NetworkPermission, string> = {
  'network.view': 'You may not see this network',
  'network.read': 'Only members of this network may see this',
  'network.change': 'Only facilitators may change this network',
  'network.restore': 'Only facilitators may restore this network',
  'invitations.read': 'Only facilitators see invitations',
  'invitations.manage': 'Only facilitators may invite',
  'members.manage': 'Only facilitators may change memberships',
  'agenda.read': 'Only members of this network may see its agenda',
  'agenda.propose': 'Only members of this network may do this',
  'agenda.manage': 'Only facilitators may do this',
  'meetings.read': 'Only members of this network see its meetings',
  'meetings.respond': 'Only members of this network take part in its meetings',
  'meetings.manage': 'Only facilitators may manage meetings',
  'documents.read': 'Only members of this network read its documents',
  'documents.write': 'Only members of this network write its documents',
  'documents.manage': 'Only facilitators may do this',
  'cycles.read': 'Only members of this network see its cycles',
  'cycles.write': 'Only members of this network start cycles',
  'cycles.manage': 'Only facilitators may change this',
  'cycles.report': 'Only facilitators make the cycles report',
  'intervision.read': 'Only members of this network take part in its intervision',
  'intervision.write': 'Only members of this network take part in its intervision',
  'intervision.plan': 'Only facilitators plan intervision and its methods',
  'reflection.read': 'Only members of this network read what is shared here',
  'reflection.write': 'Only members of this network share here',
};

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
    @Inject(CLOCK) private readonly clock: Clock,
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

  /**
   * The one access check: may `user` do `permission` in this network? The rules are the domain's
   * table (`networkPermissions`); a capability adds its permissions there. Inside a transaction pass
   * `{ tx }`, and `lock: true` to lock the network row so concurrent changes of it queue up.
   */
  async requireAccess(user: Viewer, permission: NetworkPermission, networkId: string, options: { tx?: Tx; lock?: boolean } = {}): Promise<Standing> {
    // A platform admin's facilitator-on-duty shift is looked up with the role, never cached (only members
    // are), so a shift that ended or ran out stops access at once.
    const dutyAt = user.isPlatformAdmin ? this.clock.now() : undefined;
    const found = options.tx
      ? await this.networks.findWithRole(networkId, user.id, { ...options, dutyAt })
      : await this.cache.through(key(networkId, user.id), () => this.networks.findWithRole(networkId, user.id, { dutyAt }), (f) => f.role !== null);
    if (!found) throw notFound('Network');
    const { network, role } = found;
    // Duty is for networks the admin is not in; a member is judged by their role.
    const onDuty = role === null && found.dutyEndsAt ? { endsAt: found.dutyEndsAt } : null;
    const verdict = judgeAccess(permission, { role, isPlatformAdmin: user.isPlatformAdmin, onDuty: onDuty !== null, visibility: network.visibility, archived: network.archivedAt !== null });
    if (verdict === 'hidden') throw notFound('Network');
    if (verdict === 'forbidden') throw forbidden(refusals[permission]);
    if (verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
    if (verdict === 'not_archived') throw new AppError('not_archived', 'This network is not archived');
    return { network, role, access: networkAccess({ role, isPlatformAdmin: user.isPlatformAdmin }, network.visibility), onDuty };
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }
}
