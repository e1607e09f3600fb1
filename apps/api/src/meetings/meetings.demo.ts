import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { MeetingType, RsvpAnswer } from '@broedplaats/contracts';
import { amsterdamInstant, amsterdamLocal, seriesSlots } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Tx } from '../core/database/database';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { meetingActions, meetingAttendance, meetingDecisions, meetingItems, meetingRsvps, meetings, meetingSeries } from './meetings.tables';

const DAY = 86_400_000;
const FAC = 'facilitator@broedplaats.nl';
const PRO = 'professional@broedplaats.nl';
const CIT = 'burger@broedplaats.nl';
const STU = 'student@broedplaats.nl';
const RES = 'onderzoeker@broedplaats.nl';
const POL = 'beleid@broedplaats.nl';

type Plan = {
  title: string; type: MeetingType; daysFromNow: number; at: string; minutes: number; place: string; description: string;
  items: Array<[title: string, minutes: number, owner?: string]>;
  rsvps?: Array<[email: string, answer: RsvpAnswer, note?: string]>;
  came?: string[];
  decisions?: string[];
  actions?: Array<[text: string, assignee: string, dueInDays: number, done?: boolean]>;
  notes?: string;
};

const plans: Record<string, Plan[]> = {
  'flevoland-vroegsignalering-almere': [
    {
      title: 'Leerkring: signalen van schulden', type: 'learning-circle', daysFromNow: -20, at: '19:00', minutes: 120, place: 'Wijkcentrum De Kolk, Almere-Haven', description: 'We bespreken casussen waarin schulden te laat in beeld kwamen.',
      items: [['Welkom en rondje', 15, FAC], ['Casus van Mira: de stille buurvrouw', 45, PRO], ['Wat zien inwoners eerder dan wij?', 40, CIT], ['Afspraken', 20, FAC]],
      rsvps: [[PRO, 'yes'], [CIT, 'yes', 'Ik neem een buurvrouw mee'], [STU, 'maybe'], [POL, 'no', 'Raadsvergadering']],
      came: [FAC, PRO, CIT, STU],
      decisions: ['We proberen drie maanden de signaalkaart bij huisbezoeken.', 'Inwoners schuiven voortaan aan bij de casusbespreking.'],
      actions: [['Signaalkaart aanpassen na de feedback', PRO, -5, true], ['Drie inwoners vragen voor de volgende kring', CIT, 10], ['Literatuur over vroegsignalering verzamelen', STU, 14]],
      notes: 'Fijne avond met veel herkenning. De signaalkaart werkt, maar is te lang.',
    },
  ],
  'wsd-utrecht': [
    {
      title: 'Kenniscafé: wat werkt in de wijk?', type: 'knowledge-cafe', daysFromNow: -9, at: '15:30', minutes: 90, place: 'Hogeschool Utrecht, Padualaan 101', description: 'Onderzoekers en professionals delen wat ze het afgelopen half jaar leerden.',
      items: [['Korte pitches', 30, RES], ['Gesprek aan tafels', 45], ['Oogst', 15, FAC]],
      rsvps: [[RES, 'yes'], [PRO, 'yes'], [POL, 'maybe']],
      came: [FAC, RES, PRO],
      decisions: ['Het volgende kenniscafé gaat over mantelzorg.'],
      actions: [['Oogst op één A4 zetten', RES, 5], ['Zaal vastleggen voor het voorjaar', FAC, 20]],
    },
    {
      title: 'Werkbezoek in duo’s', type: 'workplace-visit', daysFromNow: 12, at: '09:30', minutes: 180, place: 'Buurtteam Kanaleneiland', description: 'In duo’s lopen we een ochtend mee met een collega uit een andere organisatie.',
      items: [['Koppelen van duo’s', 20, FAC], ['Meelopen', 140], ['Nabespreken', 20]],
      rsvps: [[PRO, 'yes'], [RES, 'maybe']],
    },
  ],
  'samen-tegen-eenzaamheid-limburg': [
    {
      title: 'Workshop: het goede gesprek over eenzaamheid', type: 'workshop', daysFromNow: -30, at: '13:00', minutes: 150, place: 'Bibliotheek Heerlen', description: 'Oefenen met gesprekken waarin eenzaamheid bespreekbaar wordt.',
      items: [['Theorie in het kort', 30, RES], ['Oefenen in drietallen', 90], ['Terugblik', 30, FAC]],
      rsvps: [[RES, 'yes'], [STU, 'yes']],
      came: [FAC, RES, STU],
      decisions: ['We maken een korte handreiking voor vrijwilligers.'],
      actions: [['Eerste versie handreiking schrijven', STU, 7]],
    },
    {
      title: 'Symposium: samen tegen eenzaamheid', type: 'symposium', daysFromNow: 40, at: '10:00', minutes: 300, place: 'Theater Heerlen', description: 'Voor alle partners in de regio.',
      items: [['Opening door de wethouder', 20], ['Lezing', 45, RES], ['Workshops', 120], ['Afsluiting', 30, FAC]],
      rsvps: [[RES, 'yes'], [STU, 'maybe']],
    },
  ],
};

/** Past and upcoming meetings in the three demo networks, and in Almere a series of four (after memberships). */
@Injectable()
export class MeetingsDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'meetings', order: 60, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people, happened }: DemoContext): Promise<void> {
    const now = this.clock.now();
    const day = (days: number) => amsterdamLocal(new Date(now.getTime() + days * DAY)).slice(0, 10);
    const person = (email: string | undefined) => (email ? (people.get(email) ?? null) : null);
    for (const [slug, list] of Object.entries(plans)) {
      const networkId = networks.get(slug);
      if (!networkId) continue;
      for (const plan of list) {
        const startsAt = amsterdamInstant(`${day(plan.daysFromNow)}T${plan.at}`) ?? now;
        const scheduled = await this.meeting(tx, networkId, null, plan, startsAt, person, now, day);
        happened.push({ networkId, kind: 'meeting.scheduled', actorId: person(FAC), subjectId: scheduled.id, permission: 'meetings.read', data: { title: plan.title, startsAt: startsAt.toISOString(), count: 1 }, at: scheduled.at });
      }
    }
    // Almere meets four times, every three weeks, on Tuesday evening; the first was last week.
    const almere = networks.get('flevoland-vroegsignalering-almere');
    if (!almere) return;
    const [series] = await tx.insert(meetingSeries).values({ networkId: almere, createdAt: new Date(now.getTime() - 30 * DAY) }).returning({ id: meetingSeries.id });
    const slots = seriesSlots({ firstStart: `${day(-7)}T19:00`, durationMinutes: 120, count: 4, intervalWeeks: 3 });
    for (const [i, slot] of slots.entries()) {
      const past = i === 0;
      const scheduled = await this.meeting(tx, almere, series.id, {
        title: `Vroegsignalering in de praktijk (${i + 1}/4)`, type: 'learning-circle', daysFromNow: 0, at: '', minutes: 120, place: 'Wijkcentrum De Kolk, Almere-Haven',
        description: 'Vier bijeenkomsten: uitproberen, kijken wat er gebeurt, samen terugkijken en bijstellen.',
        items: [['Wat hebben we uitgeprobeerd?', 30, PRO], ['Wat zagen we?', 45], ['Wat doen we anders?', 30, FAC]],
        rsvps: past ? [[PRO, 'yes'], [CIT, 'yes'], [STU, 'no']] : [[PRO, 'yes'], [CIT, 'maybe']],
        came: past ? [FAC, PRO, CIT] : undefined,
        decisions: past ? ['Ieder probeert de signaalkaart bij twee gezinnen.'] : undefined,
        actions: past ? [['Ervaringen met de kaart opschrijven', PRO, 7], ['Vragen van inwoners bundelen', CIT, 12]] : undefined,
      }, slot.startsAt, person, now, day);
      // A series is one entry, about its first meeting.
      if (i === 0) {
        happened.push({ networkId: almere, kind: 'meeting.scheduled', actorId: person(FAC), subjectId: scheduled.id, permission: 'meetings.read', data: { title: 'Vroegsignalering in de praktijk', startsAt: slot.startsAt.toISOString(), count: slots.length }, at: new Date(now.getTime() - 30 * DAY) });
      }
    }
  }

  private async meeting(tx: Tx, networkId: string, seriesId: string | null, plan: Plan, startsAt: Date, person: (e?: string) => string | null, now: Date, day: (d: number) => string): Promise<{ id: string; at: Date }> {
    const at = new Date(Math.min(now.getTime(), startsAt.getTime()) - 14 * DAY);
    const [row] = await tx
      .insert(meetings)
      .values({
        networkId, seriesId, title: plan.title, type: plan.type, startsAt, endsAt: new Date(startsAt.getTime() + plan.minutes * 60_000), place: plan.place, description: plan.description,
        minutes: plan.notes ?? '', createdBy: person(FAC), createdAt: at, updatedAt: at,
      })
      .returning({ id: meetings.id });
    const items = await tx
      .insert(meetingItems)
      .values(plan.items.map(([title, minutes, owner], position) => ({ meetingId: row.id, title, timeboxMinutes: minutes, ownerId: person(owner), status: 'accepted' as const, proposedBy: person(FAC), position, createdAt: at })))
      .returning({ id: meetingItems.id });
    const rsvps = (plan.rsvps ?? []).flatMap(([email, answer, note]) => (person(email) ? [{ meetingId: row.id, userId: person(email)!, answer, note: note ?? '', answeredAt: at }] : []));
    if (rsvps.length) await tx.insert(meetingRsvps).values(rsvps);
    const came = (plan.came ?? []).flatMap((email) => (person(email) ? [{ meetingId: row.id, userId: person(email)!, recordedBy: person(FAC), at: startsAt }] : []));
    if (came.length) await tx.insert(meetingAttendance).values(came);
    const decisions = (plan.decisions ?? []).map((text, i) => ({ meetingId: row.id, itemId: items[Math.min(i + 1, items.length - 1)]?.id ?? null, text, decidedBy: person(FAC), at: startsAt }));
    if (decisions.length) await tx.insert(meetingDecisions).values(decisions);
    const actions = (plan.actions ?? []).map(([text, assignee, dueInDays, done]) => ({
      meetingId: row.id, networkId, text, assigneeId: person(assignee), dueOn: day(dueInDays), status: done ? ('done' as const) : ('open' as const), createdBy: person(FAC), createdAt: startsAt, doneAt: done ? now : null,
    }));
    if (actions.length) await tx.insert(meetingActions).values(actions);
    return { id: row.id, at };
  }
}
