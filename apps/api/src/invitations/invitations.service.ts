import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CreateInvitationBody, Invitation, InvitationPreview, InviteByEmailBody, Me } from '@broedplaats/contracts';
import { invitationState, judgeJoin } from '@broedplaats/domain';
import type { z } from 'zod';
import { ActivityLog } from '../activity/activity-log';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { MembersRepository } from '../networks/members.repository';
import { NetworkGate } from '../networks/network-gate';
import { NetworksRepository } from '../networks/networks.repository';
import { NetworksService } from '../networks/networks.service';
import { Notifications } from '../notifications/notifications';
import { Mailer } from '../mail/mailer';
import { invitationMail } from './invitation.mail';
import { toInvitation } from './invitation-view';
import { InvitationsRepository } from './invitations.repository';

type Create = z.output<typeof CreateInvitationBody>;
/** accept: the link page; register: a new account; login: an existing account, who may already be in. */
export type RedeemMode = 'accept' | 'register' | 'login';

const DAY_MS = 24 * 3600 * 1000;
const invalid = () => new AppError('invitation_invalid', 'This invitation link no longer works');

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly invitations: InvitationsRepository,
    private readonly networks: NetworksRepository,
    private readonly members: MembersRepository,
    private readonly networkService: NetworksService,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    private readonly mailer: Mailer,
    private readonly activity: ActivityLog,
    private readonly notifications: Notifications,
  ) {}

  async list(user: Me, networkId: string): Promise<Invitation[]> {
    await this.gate.requireAccess(user, 'invitations.read', networkId);
    const now = new Date();
    return (await this.invitations.list(networkId)).map((row) => toInvitation(row, now));
  }

  async create(user: Me, networkId: string, body: Create): Promise<Invitation> {
    await this.gate.requireAccess(user, 'invitations.manage', networkId);
    const id = await this.invitations.insert(this.database.db, networkId, {
      token: randomBytes(24).toString('base64url'),
      role: body.role,
      category: body.category,
      reusable: body.reusable,
      expiresAt: new Date(Date.now() + body.expiresInDays * DAY_MS),
      createdBy: user.id,
    });
    const invitation = toInvitation((await this.invitations.find(networkId, id))!);
    this.events.publish('invitation.created', { networkId, invitation });
    return invitation;
  }

  /** One single-use invitation per address, each mailed with its own link; the mails go out after commit. */
  async inviteByEmail(user: Me, networkId: string, body: z.output<typeof InviteByEmailBody>): Promise<Invitation[]> {
    await this.gate.requireAccess(user, 'invitations.manage', networkId);
    const expiresAt = new Date(Date.now() + body.expiresInDays * DAY_MS);
    const { invitations, networkName } = await inTransaction(this.database.db, async (tx) => {
      const network = await this.networks.findForUpdate(tx, networkId);
      if (!network) throw notFound('Network');
      const made: Invitation[] = [];
      for (const invitee of body.invitees) {
        const token = randomBytes(24).toString('base64url');
        const id = await this.invitations.insert(tx, networkId, { token, role: 'member', category: invitee.category, reusable: false, expiresAt, createdBy: user.id });
        made.push(toInvitation((await this.invitations.find(networkId, id, tx))!));
      }
      return { invitations: made, networkName: network.name };
    });
    body.invitees.forEach((invitee, i) => {
      const invitation = invitations[i];
      this.events.publish('invitation.created', { networkId, invitation });
      const link = this.mailer.link(`/join/${invitation.token}`);
      this.mailer.sendLater(invitationMail({ to: invitee.email, networkName, invitedByName: user.displayName, message: body.message, link, expiresAt }));
    });
    return invitations;
  }

  async revoke(user: Me, networkId: string, invitationId: string): Promise<Invitation> {
    await this.gate.requireAccess(user, 'invitations.manage', networkId);
    const invitation = await inTransaction(this.database.db, async (tx) => {
      const row = await this.invitations.find(networkId, invitationId, tx);
      if (!row) throw notFound('Invitation');
      if (!row.revokedAt) await this.invitations.revoke(tx, networkId, invitationId, new Date());
      return toInvitation((await this.invitations.find(networkId, invitationId, tx))!);
    });
    this.events.publish('invitation.updated', { networkId, invitation });
    return invitation;
  }

  /**
   * What the link shows before anyone logs in: the network's name, never its insides. A signed-in
   * member hears they are in already, also from a link that has since been used up or has expired
   * (typically their own one-off link, opened again from the mail).
   */
  async preview(token: string, viewer: Me | null): Promise<InvitationPreview> {
    const row = await this.invitations.findByToken(token);
    if (!row) throw notFound('Invitation');
    const network = await this.networks.find(row.networkId);
    if (!network) throw notFound('Invitation');
    const alreadyMember = viewer !== null && (await this.members.roleOf(network.id, viewer.id)) !== null;
    const verdict = judgeJoin({ invitation: invitationState(row, new Date()), networkArchived: network.archivedAt !== null, alreadyMember: false });
    if (!alreadyMember && verdict === 'invitation_invalid') throw invalid();
    if (!alreadyMember && verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
    return {
      networkId: network.id,
      networkName: network.name,
      province: network.province,
      role: row.role,
      category: row.category,
      expiresAt: row.expiresAt.toISOString(),
      invitedByName: row.createdByName,
      alreadyMember,
    };
  }

  async accept(user: Me, token: string): Promise<{ networkId: string }> {
    const networkId = await inTransaction(this.database.db, (tx, afterCommit) => this.redeem(tx, afterCommit, token, user, 'accept'));
    return { networkId };
  }

  /**
   * Joins `user` to the invitation's network inside the caller's transaction and returns the
   * network id. Register and login call it too, so joining and signing in are one step.
   */
  async redeem(tx: Tx, afterCommit: AfterCommit, token: string, user: Me, mode: RedeemMode): Promise<string> {
    const row = await this.invitations.findByToken(token, tx, true);
    if (!row) throw mode === 'accept' ? notFound('Invitation') : invalid();
    const network = await this.networks.findForUpdate(tx, row.networkId);
    const alreadyMember = (await this.members.roleOf(row.networkId, user.id, tx)) !== null;
    const verdict = judgeJoin({ invitation: invitationState(row, new Date()), networkArchived: !network || network.archivedAt !== null, alreadyMember });
    if (verdict === 'invitation_invalid') throw invalid();
    if (verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
    if (verdict === 'already_member') {
      if (mode === 'login') return row.networkId;
      throw new AppError('already_member', 'You are already a member of this network');
    }
    await this.members.insert(tx, row.networkId, { userId: user.id, role: row.role, category: row.category });
    await this.invitations.countUse(tx, row.networkId, row.id);
    const joined = { networkId: row.networkId, kind: 'member.joined', actorId: user.id, subjectId: user.id, permission: 'network.read', data: { role: row.role } } as const;
    await this.activity.record(tx, afterCommit, joined);
    await this.activity.arrived(tx, row.networkId, user.id);
    // Whoever made the invitation hears that it worked (if they are still in the network).
    await this.notifications.notify(tx, afterCommit, { recipients: [row.createdBy], kind: 'invitation.accepted', networkId: row.networkId, actorId: user.id, subjectId: user.id, data: { role: row.role } });
    afterCommit(() => this.announce(row.networkId, row.id, user.id));
    return row.networkId;
  }

  private async announce(networkId: string, invitationId: string, userId: string): Promise<void> {
    await this.networkService.announceJoin(networkId, userId);
    const row = await this.invitations.find(networkId, invitationId);
    if (row) this.events.publish('invitation.updated', { networkId, invitation: toInvitation(row) });
  }
}
