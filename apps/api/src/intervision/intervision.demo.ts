import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { SessionRole } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { ContentCipher } from './content-cipher';
import { intervisionContributions, intervisionSessions, type SessionMethod } from './intervision.tables';
import { IntervisionRepository } from './intervision.repository';
import { builtInMethods } from './methods.seed';

const DAY = 86_400_000;
const almere = 'flevoland-vroegsignalering-almere';
const PIETER = 'professional@broedplaats.nl';
const FENNA = 'facilitator@broedplaats.nl';
const BEA = 'burger@broedplaats.nl';
const SEM = 'student@broedplaats.nl';
const BAS = 'beleid@broedplaats.nl';

const methodOf = (slug: string): { id: string; method: SessionMethod } => {
  const m = builtInMethods.find((x) => x.slug === slug)!;
  return { id: m.id, method: { name: m.name, phases: m.phases.map((p) => ({ ...p, stepId: randomUUID() })) } };
};

/**
 * Demo intervision in Almere: a past incident-method session with Pieter (the demo professional) as
 * case owner, a few questions and advice and his take-aways (within the retention period, so a newcomer
 * logging in as Pieter sees it), and a planned gossip-method session with Bea as case owner. The case
 * is made up and pseudonymised; no activity entry is written (sessions are not network news).
 */
@Injectable()
export class IntervisionDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly sessions: IntervisionRepository,
    private readonly cipher: ContentCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'intervision', order: 140, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people }: DemoContext): Promise<void> {
    const networkId = networks.get(almere);
    const id = (email: string) => people.get(email);
    if (!networkId || ![PIETER, FENNA, BEA, SEM, BAS].every(id)) return;
    const now = this.clock.now().getTime();
    const seal = (text: string) => this.cipher.seal(text);

    const past = methodOf('incident-method');
    const pastPeople: Array<{ userId: string; role: SessionRole }> = [
      { userId: id(PIETER)!, role: 'case-owner' }, { userId: id(FENNA)!, role: 'lead' }, { userId: id(SEM)!, role: 'timekeeper' }, { userId: id(BEA)!, role: 'participant' }, { userId: id(BAS)!, role: 'participant' },
    ];
    const startsAt = new Date(now - 6 * DAY);
    const pastId = await this.sessions.insertSession(tx, {
      networkId, title: 'Intervisie: huisbezoek met geldzorgen', startsAt, methodId: past.id, method: past.method, status: 'ended', plannedById: id(FENNA)!,
      caseText: seal('Bij een huisbezoek vertelde Persoon A dat de post al weken ongeopend ligt. Zij wilde niet dat ik de brieven las. Ik twijfelde: doorvragen of het laten rusten tot het volgende bezoek?'),
      caseUpdatedAt: new Date(startsAt.getTime() - DAY), takeAways: seal('Niet alleen vragen naar de brieven, maar naar wat ze ervan verwacht. Volgende keer samen één envelop openen.'),
      createdAt: new Date(now - 14 * DAY), endedAt: new Date(startsAt.getTime() + 80 * 60_000),
    }, pastPeople);
    const phase = (key: string) => past.method.phases.find((p) => p.key === key)!;
    const contributions: Array<[string, string, 'clarifying-questions' | 'advice' | 'hypotheses' | 'notes', string, boolean]> = [
      [SEM, 'write-questions', 'clarifying-questions', 'Hoe lang ken je haar al?', false],
      [BEA, 'write-questions', 'clarifying-questions', 'Wie heeft ze om zich heen die mee kan kijken?', false],
      [BAS, 'write-questions', 'clarifying-questions', 'Weet je welke instanties brieven sturen?', false],
      [BEA, phase('write-questions').key, 'clarifying-questions', 'Wat zei ze precies toen ze nee zei?', false],
    ];
    const adviceKey = past.method.phases.find((p) => p.collects === 'advice')?.key;
    if (adviceKey) {
      contributions.push([BEA, adviceKey, 'advice', 'Vraag of ze één brief samen wil openen, de minst enge eerst.', true]);
      contributions.push([FENNA, adviceKey, 'advice', 'Bespreek met schuldhulp of zij kunnen meekomen bij het volgende bezoek.', false]);
      contributions.push([SEM, adviceKey, 'advice', 'Laat haar zelf kiezen wanneer de post aan bod komt.', true]);
    }
    let t = startsAt.getTime();
    for (const [by, phaseKey, kind, text, takenAway] of contributions) {
      t += 4 * 60_000;
      await tx.insert(intervisionContributions).values({ sessionId: pastId, phaseKey, kind, authorId: id(by)!, text: seal(text), takenAway, createdAt: new Date(t) });
    }

    const planned = methodOf('gossip-method');
    await tx.insert(intervisionSessions).values({
      networkId, title: 'Intervisie: samenwerken met de wijkagent', startsAt: new Date(now + 9 * DAY), methodId: planned.id, method: planned.method, status: 'planned',
      plannedById: id(FENNA)!, createdAt: new Date(now - 2 * DAY),
    }).returning({ id: intervisionSessions.id }).then(([row]) => this.sessions.setPeople(tx, row!.id, [
      { userId: id(BEA)!, role: 'case-owner' }, { userId: id(PIETER)!, role: 'lead' }, { userId: id(SEM)!, role: 'participant' }, { userId: id(BAS)!, role: 'participant' },
    ]));
  }
}
