import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ActivityData, ActivityKind } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { demoAccounts } from '../seed/demo';
import { ActivityRepository } from './activity.repository';

const DAY = 24 * 3600 * 1000;
const FACILITATOR = 'facilitator@broedplaats.nl';
/** Everyone last looked this long ago, so what came after shows as "new" on the start page. */
const LAST_VISIT_DAYS_AGO = 5;

type Step<K extends ActivityKind = ActivityKind> = { daysAgo: number; kind: K; actor: string; subject?: string; data?: ActivityData<K> };
const joined = (daysAgo: number, email: string): Step<'member.joined'> => ({ daysAgo, kind: 'member.joined', actor: email, subject: email, data: { role: 'member' } });

/**
 * What happened in the three demo networks over the past weeks, oldest first. Almere has news
 * since everyone's last visit: Bas joined two days ago and Fenna changed the profile yesterday.
 */
const stories: Record<string, Step[]> = {
  'flevoland-vroegsignalering-almere': [
    { daysAgo: 60, kind: 'network.created', actor: FACILITATOR },
    joined(52, 'professional@broedplaats.nl'),
    joined(45, 'burger@broedplaats.nl'),
    { daysAgo: 30, kind: 'network.profileChanged', actor: FACILITATOR, data: { fields: ['domain', 'themeIds'] } },
    joined(16, 'student@broedplaats.nl'),
    joined(2, 'beleid@broedplaats.nl'),
    { daysAgo: 1, kind: 'network.profileChanged', actor: FACILITATOR, data: { fields: ['practice'] } },
  ],
  'wsd-utrecht': [
    { daysAgo: 90, kind: 'network.created', actor: FACILITATOR },
    joined(80, 'onderzoeker@broedplaats.nl'),
    joined(66, 'professional@broedplaats.nl'),
    { daysAgo: 40, kind: 'network.profileChanged', actor: FACILITATOR, data: { fields: ['partners'] } },
    joined(21, 'beleid@broedplaats.nl'),
  ],
  'samen-tegen-eenzaamheid-limburg': [
    { daysAgo: 75, kind: 'network.created', actor: FACILITATOR },
    joined(70, 'onderzoeker@broedplaats.nl'),
    joined(33, 'student@broedplaats.nl'),
    { daysAgo: 12, kind: 'network.profileChanged', actor: FACILITATOR, data: { fields: ['region', 'focus'] } },
  ],
};

/** The demo networks' activity and their members' last visits (after memberships, 30). */
@Injectable()
export class ActivityDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly activities: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'activity', order: 100, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people }: DemoContext): Promise<void> {
    const now = this.clock.now().getTime();
    const lastVisit = new Date(now - LAST_VISIT_DAYS_AGO * DAY);
    for (const [slug, steps] of Object.entries(stories)) {
      const networkId = networks.get(slug);
      if (!networkId) continue;
      let seenBefore = 0;
      const joinSeq = new Map<string, number>();
      for (const step of steps) {
        const at = new Date(now - step.daysAgo * DAY);
        const subject = step.subject ? people.get(step.subject) : networkId;
        const { seq } = await this.activities.insert(tx, {
          networkId, kind: step.kind, actorId: people.get(step.actor) ?? null, subjectId: subject ?? null, permission: 'network.read', restrictedTo: null, data: step.data ?? {}, at,
        });
        if (at <= lastVisit) seenBefore = seq;
        if (step.kind === 'member.joined' && step.subject) joinSeq.set(step.subject, seq);
      }
      // Members looked five days ago; whoever came later has seen up to their own arrival.
      for (const account of demoAccounts.filter((a) => a.memberships.some((m) => m.network === slug))) {
        const userId = people.get(account.email);
        if (userId) await this.activities.markSeen(networkId, userId, Math.max(seenBefore, joinSeq.get(account.email) ?? 0), lastVisit, tx);
      }
    }
  }
}
