import { Inject, Injectable } from '@nestjs/common';
import { UpdateNetworkBody, type Me, type Network, type NetworkInput, type NetworkListQuery, type Page, type Partner } from '@broedplaats/contracts';
import { changedFields } from '@broedplaats/domain';
import type { z } from 'zod';
import { ActivityLog } from '../activity/activity-log';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { Notifications } from '../notifications/notifications';
import { ThemesRepository } from '../themes/themes.repository';
import { MembersRepository } from './members.repository';
import { NetworkGate, visitor, type Standing, type Viewer } from './network-gate';
import { NetworksRepository } from './networks.repository';
import { PartnersRepository } from './partners.repository';

type Changes = z.output<typeof UpdateNetworkBody>;
type ListQuery = z.output<typeof NetworkListQuery>;
const withoutRole = ({ myRole: _role, onDuty: _duty, ...network }: Network) => network;
const dutyOf = (standing: Pick<Standing, 'onDuty'>): Network['onDuty'] => (standing.onDuty ? { endsAt: standing.onDuty.endsAt.toISOString() } : null);
/** The fields an edit can change; a "profile changed" entry names those that did (never their values). */
const profileFields = UpdateNetworkBody.keyof().options as readonly (keyof Network & string)[];

@Injectable()
export class NetworksService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly networks: NetworksRepository,
    private readonly partners: PartnersRepository,
    private readonly members: MembersRepository,
    private readonly themes: ThemesRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    private readonly activity: ActivityLog,
    private readonly notifications: Notifications,
  ) {}

  /** The creator becomes the network's first facilitator. */
  async create(user: Me, input: NetworkInput): Promise<Network> {
    await this.assertThemesExist(input.themeIds);
    const { partners, themeIds, ...profile } = input;
    const id = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const networkId = await this.networks.insert(tx, profile);
      await this.writeLists(tx, networkId, { partners, themeIds });
      await this.members.insert(tx, networkId, { userId: user.id, role: 'facilitator', category: 'other' });
      await this.activity.record(tx, afterCommit, { networkId, kind: 'network.created', actorId: user.id, subjectId: networkId, permission: 'network.read' });
      await this.activity.arrived(tx, networkId, user.id);
      afterCommit(() => this.announceJoin(networkId, user.id));
      return networkId;
    });
    return this.view(user, id);
  }

  async get(user: Viewer, networkId: string): Promise<Network> {
    const standing = await this.gate.requireAccess(user, 'network.view', networkId);
    return this.view(user, networkId, standing);
  }

  /** For visitors without an account: public networks and their profiles only. */
  listPublic(query: ListQuery): Promise<Page<Network>> {
    return this.list(visitor, { ...query, scope: 'public' });
  }

  getPublic(networkId: string): Promise<Network> {
    return this.get(visitor, networkId);
  }

  async list(user: Viewer, query: ListQuery): Promise<Page<Network>> {
    if (query.theme && !(await this.themes.existingIds([query.theme])).has(query.theme)) throw validationFailed({ theme: 'Unknown theme' });
    const { ids, total } = await this.networks.page({ ...query, userId: user.id });
    const items = await this.networks.views(ids, user.id);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async update(user: Me, networkId: string, changes: Changes): Promise<Network> {
    if (changes.themeIds) await this.assertThemesExist(changes.themeIds);
    const { partners, themeIds, ...profile } = changes;
    const standing = await inTransaction(this.database.db, async (tx, afterCommit) => {
      // Checked under the row lock: a concurrent demotion or archive must win.
      const checked = await this.gate.requireAccess(user, 'network.change', networkId, { tx, lock: true });
      const [before] = await this.networks.views([networkId], user.id, tx);
      await this.networks.update(tx, networkId, profile);
      await this.writeLists(tx, networkId, { partners, themeIds });
      const [after] = await this.networks.views([networkId], user.id, tx);
      const fields = changedFields(before, after, profileFields);
      if (fields.length) await this.activity.record(tx, afterCommit, { networkId, kind: 'network.profileChanged', actorId: user.id, subjectId: networkId, permission: 'network.read', data: { fields } });
      return checked;
    });
    const network = await this.view(user, networkId, standing);
    this.events.publish('network.updated', { network: withoutRole(network) });
    return network;
  }

  async archive(user: Me, networkId: string): Promise<Network> {
    const standing = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const checked = await this.gate.requireAccess(user, 'network.change', networkId, { tx, lock: true });
      await this.networks.update(tx, networkId, { archivedAt: new Date() });
      await this.activity.record(tx, afterCommit, { networkId, kind: 'network.archived', actorId: user.id, subjectId: networkId, permission: 'network.read' });
      await this.notifications.notify(tx, afterCommit, { recipients: 'members', kind: 'network.archived', networkId, actorId: user.id, subjectId: networkId });
      return checked;
    });
    this.events.publish('network.archived', { networkId });
    return this.view(user, networkId, standing);
  }

  /** Open pages hear `network.updated` with archived false, so editing and inviting show again. */
  async restore(user: Me, networkId: string): Promise<Network> {
    const standing = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const checked = await this.gate.requireAccess(user, 'network.restore', networkId, { tx, lock: true });
      await this.networks.update(tx, networkId, { archivedAt: null });
      await this.activity.record(tx, afterCommit, { networkId, kind: 'network.restored', actorId: user.id, subjectId: networkId, permission: 'network.read' });
      await this.notifications.notify(tx, afterCommit, { recipients: 'members', kind: 'network.restored', networkId, actorId: user.id, subjectId: networkId });
      return checked;
    });
    const network = await this.view(user, networkId, standing);
    this.events.publish('network.updated', { network: withoutRole(network) });
    return network;
  }

  searchPartners(user: Me, q: string): Promise<Partner[]> {
    return this.partners.search(q, user.isPlatformAdmin ? null : user.id);
  }

  /** Tells the network (and the newcomer's open tabs) that someone joined. */
  async announceJoin(networkId: string, userId: string): Promise<void> {
    const member = await this.members.find(networkId, userId);
    if (member) this.events.publish('member.joined', { networkId, member });
  }

  /** `standing`, from the access check, tells an on-duty admin until when their shift lasts. */
  private async view(user: Viewer, networkId: string, standing: Pick<Standing, 'onDuty'> = { onDuty: null }): Promise<Network> {
    const [network] = await this.networks.views([networkId], user.id);
    return { ...network, onDuty: dutyOf(standing) };
  }

  private async writeLists(tx: Tx, networkId: string, lists: Pick<Changes, 'partners' | 'themeIds'>): Promise<void> {
    if (lists.partners) await this.networks.replacePartners(tx, networkId, await this.partners.resolve(tx, lists.partners));
    if (lists.themeIds) await this.networks.replaceThemes(tx, networkId, lists.themeIds);
  }

  private async assertThemesExist(themeIds: string[]): Promise<void> {
    const known = await this.themes.existingIds(themeIds);
    const fields: Record<string, string> = {};
    themeIds.forEach((id, i) => {
      if (!known.has(id)) fields[`themeIds.${i}`] = 'Unknown theme';
    });
    if (Object.keys(fields).length) throw validationFailed(fields);
  }
}
