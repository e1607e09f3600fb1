import { Injectable } from '@nestjs/common';
import type { ActivityEntry } from '@broedplaats/contracts';
import { entryAudience, maySeeEntry } from '@broedplaats/domain';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import { MembersRepository } from '../networks/members.repository';
import './activity.events';

/** Kinds after which the person they are about is no longer a member, so hears nothing more of the network. */
const leaving: ReadonlySet<ActivityEntry['kind']> = new Set(['member.left', 'member.removed']);

/**
 * A new entry reaches exactly the people who would see it in the list: every member, only the
 * facilitators, or only the named people who may also see the thing it is about.
 */
@Injectable()
export class ActivityLive extends LiveListener {
  constructor(
    events: EventBus,
    live: LivePublisher,
    private readonly members: MembersRepository,
  ) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'activity.recorded': async ({ networkId, entry, permission, restrictedTo }) => {
        const payload = { networkId, entry };
        if (restrictedTo) {
          for (const userId of restrictedTo) {
            const role = await this.members.roleOf(networkId, userId);
            // Rooms hold members only; for them the network's visibility and state change nothing.
            if (maySeeEntry({ userId, role, isPlatformAdmin: false, onDuty: false, visibility: 'members', archived: false }, { permission, restrictedTo })) {
              this.live.toUser(userId, 'activity.recorded', payload);
            }
          }
          return;
        }
        const audience = entryAudience(permission);
        const gone = leaving.has(entry.kind) ? entry.subject?.id : undefined;
        if (audience === 'members') this.live.toNetworkExcept(networkId, 'activity.recorded', payload, gone);
        else if (audience === 'facilitators') this.live.toFacilitators(networkId, 'activity.recorded', payload);
      },
    };
  }
}
