import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ActivityData, ActivityKind } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext, type DemoHappening } from '../core/demo-seeds';
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

/**
 * The demo networks' activity and their members' last visits: the stories above and what the other
 * capabilities' seeds say happened (questions, meetings), written last and in time order.
 */
@Injectable()
export class ActivityDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly activities: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'activity', order: 190, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people, happened }: DemoContext): Promise<void> {
    const now = this.clock.now().getTime();
    const lastVisit = new Date(now - LAST_VISIT_DAYS_AGO * DAY);
    for (const [slug, steps] of Object.entries(stories)) {
      const networkId = networks.get(slug);
      if (!networkId) continue;
      const told: DemoHappening[] = steps.map((step) => ({
        networkId, kind: step.kind, actorId: people.get(step.actor) ?? null, subjectId: step.subject ? (people.get(step.subject) ?? null) : networkId,
        permission: 'network.read', data: step.data ?? {}, at: new Date(now - step.daysAgo * DAY),
      }));
      const all = [...told, ...happened.filter((h) => h.networkId === networkId)].sort((a, b) => a.at.getTime() - b.at.getTime());
      let seenBefore = 0;
      const joinSeq = new Map<string, number>();
      for (const h of all) {
        const { seq } = await this.activities.insert(tx, { ...h, restrictedTo: h.restrictedTo ?? null });
        if (h.at <= lastVisit) seenBefore = seq;
        if (h.kind === 'member.joined' && h.subjectId) joinSeq.set(h.subjectId, seq);
      }
      // Members looked five days ago; whoever came later has seen up to their own arrival.
      for (const account of demoAccounts.filter((a) => a.memberships.some((m) => m.network === slug))) {
        const userId = people.get(account.email);
        if (userId) await this.activities.markSeen(networkId, userId, Math.max(seenBefore, joinSeq.get(userId) ?? 0), lastVisit, tx);
      }
    }
  }
}
