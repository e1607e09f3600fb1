import { Inject, Injectable } from '@nestjs/common';
import type { Me, Member, NetworkRole, UpdateMemberBody } from '@broedplaats/contracts';
import { judgeMembershipChange, memberAsSeenBy, type MembershipVerdict } from '@broedplaats/domain';
import type { z } from 'zod';
import { ActivityLog } from '../activity/activity-log';
import { DATABASE, type Database } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { PersonLifecycle } from '../core/person-lifecycle';
import { inTransaction } from '../core/transaction';
import { MembersRepository } from './members.repository';
import { NetworkGate, type Standing } from './network-gate';

type Changes = z.output<typeof UpdateMemberBody>;

/** A platform admin on a facilitator-on-duty shift manages people as a facilitator (the gate found the shift). */
const actingRole = (role: NetworkRole | null, onDuty: Standing['onDuty']): NetworkRole | null => role ?? (onDuty ? 'facilitator' : null);

function enforce(verdict: MembershipVerdict): void {
  if (verdict === 'forbidden') throw forbidden('Only facilitators may change memberships');
  if (verdict === 'last_facilitator') throw new AppError('last_facilitator', 'A network needs at least one facilitator');
}

@Injectable()
export class MembersService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly members: MembersRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    private readonly lifecycle: PersonLifecycle,
    private readonly activity: ActivityLog,
  ) {}

  async list(user: Me, networkId: string): Promise<Member[]> {
    const { role, onDuty } = await this.gate.requireAccess(user, 'network.read', networkId);
    const members = await this.members.list(networkId);
    return members.map((member) => memberAsSeenBy({ userId: user.id, role: actingRole(role, onDuty) }, member));
  }

  async update(user: Me, networkId: string, userId: string, changes: Changes): Promise<Member> {
    const { onDuty } = await this.gate.requireAccess(user, 'members.manage', networkId);
    const { member, previousRole } = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const facilitators = await this.members.lockFacilitators(tx, networkId);
      const actorRole = actingRole(await this.members.roleOf(networkId, user.id, tx), onDuty);
      const target = await this.members.find(networkId, userId, tx);
      if (!target) throw notFound('Member');
      if (changes.role) {
        const change = { kind: 'change-role', actorId: user.id, targetId: userId, targetRole: target.role, newRole: changes.role } as const;
        enforce(judgeMembershipChange(actorRole, change, facilitators));
      } else if (actorRole !== 'facilitator') enforce('forbidden');
      await this.members.update(tx, networkId, userId, changes);
      // Engagement is facilitators' own notes, never activity; a new role is news for the network.
      if (changes.role && changes.role !== target.role) {
        const data = { from: target.role, to: changes.role };
        await this.activity.record(tx, afterCommit, { networkId, kind: 'member.roleChanged', actorId: user.id, subjectId: userId, permission: 'network.read', data });
      }
      return { member: (await this.members.find(networkId, userId, tx))!, previousRole: target.role };
    });
    this.events.publish('member.updated', { networkId, member, previousRole, byUserId: user.id });
    return member;
  }

  /** Removing someone else, or leaving when the target is yourself. */
  async remove(user: Me, networkId: string, userId: string): Promise<void> {
    // Anyone may leave; whether they may remove someone else is judged below, with the facilitators locked.
    const { onDuty } = await this.gate.requireAccess(user, 'network.read', networkId);
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const facilitators = await this.members.lockFacilitators(tx, networkId);
      const actorRole = actingRole(await this.members.roleOf(networkId, user.id, tx), onDuty);
      const target = await this.members.find(networkId, userId, tx);
      if (!target) throw notFound('Member');
      enforce(judgeMembershipChange(actorRole, { kind: 'remove', actorId: user.id, targetId: userId, targetRole: target.role }, facilitators));
      await this.lifecycle.leftNetwork({ tx, afterCommit, networkId, userId, byUserId: user.id });
      await this.members.delete(tx, networkId, userId);
      const kind = userId === user.id ? 'member.left' : 'member.removed';
      await this.activity.record(tx, afterCommit, { networkId, kind, actorId: user.id, subjectId: userId, permission: 'network.read' });
    });
    this.events.publish('member.removed', { networkId, userId });
  }
}
