import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { NotificationsRepository } from './notifications.repository';

const DAY = 24 * 3600 * 1000;
const FACILITATOR = 'facilitator@broedplaats.nl';
/** What the facilitator has not read yet: the last three weeks, so the bell shows a number. */
const UNREAD_WITHIN_DAYS = 21;

/**
 * The same arrivals as the activity demo (activity.demo.ts), told to the facilitator who made the
 * invitations: "Bas joined with your invitation". Older ones are read.
 */
const arrivals: Array<{ network: string; email: string; daysAgo: number }> = [
  { network: 'flevoland-vroegsignalering-almere', email: 'professional@broedplaats.nl', daysAgo: 52 },
  { network: 'flevoland-vroegsignalering-almere', email: 'burger@broedplaats.nl', daysAgo: 45 },
  { network: 'flevoland-vroegsignalering-almere', email: 'student@broedplaats.nl', daysAgo: 16 },
  { network: 'flevoland-vroegsignalering-almere', email: 'beleid@broedplaats.nl', daysAgo: 2 },
  { network: 'wsd-utrecht', email: 'onderzoeker@broedplaats.nl', daysAgo: 80 },
  { network: 'wsd-utrecht', email: 'professional@broedplaats.nl', daysAgo: 66 },
  { network: 'wsd-utrecht', email: 'beleid@broedplaats.nl', daysAgo: 21 },
  { network: 'samen-tegen-eenzaamheid-limburg', email: 'onderzoeker@broedplaats.nl', daysAgo: 70 },
  { network: 'samen-tegen-eenzaamheid-limburg', email: 'student@broedplaats.nl', daysAgo: 33 },
];

/** A few notifications for the demo personas, so the bell is alive (after memberships, 30, and activity, 100). */
@Injectable()
export class NotificationsDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly store: NotificationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'notifications', order: 105, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people }: DemoContext): Promise<void> {
    const now = this.clock.now().getTime();
    const facilitator = people.get(FACILITATOR);
    if (!facilitator) return;
    // Oldest first, so the newest gets the highest seq and shows on top.
    for (const { network, email, daysAgo } of [...arrivals].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const networkId = networks.get(network);
      const newcomer = people.get(email);
      if (!networkId || !newcomer) continue;
      const createdAt = new Date(now - daysAgo * DAY);
      const readAt = daysAgo > UNREAD_WITHIN_DAYS ? new Date(createdAt.getTime() + DAY) : null;
      await this.store.insert(tx, [
        { userId: facilitator, networkId, kind: 'invitation.accepted', subjectId: newcomer, actorId: newcomer, data: { role: 'member' }, createdAt, readAt },
      ]);
    }
  }
}
