import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { LearningDomain, ValueCycle } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { reflections, valueStories } from './reflection.tables';

const DAY = 86_400_000;
const almere = 'flevoland-vroegsignalering-almere';
type DemoReflection = { by: string; daysAgo: number; text: string; sharedPart: string | null; domains: LearningDomain[]; cycles: ValueCycle[] };

/** Five people in Almere reflect (all three sides, most on the first two, as research finds); Pieter keeps a private entry and writes a value story. */
const demoReflections: DemoReflection[] = [
  { by: 'professional@broedplaats.nl', daysAgo: 5, text: 'Na de intervisie merk ik dat ik bang ben om op te dringen. Dat zegt iets over hoe ik mijn rol zie.', sharedPart: 'Ik merk dat ik als hulpverlener vaak te voorzichtig ben met doorvragen.', domains: ['subjectification'], cycles: ['immediate'] },
  { by: 'professional@broedplaats.nl', daysAgo: 2, text: 'Alleen voor mezelf: ik wil in de volgende leerkring durven zeggen wat ik niet weet.', sharedPart: null, domains: ['subjectification'], cycles: [] },
  { by: 'burger@broedplaats.nl', daysAgo: 12, text: 'De signaalkaart werkt beter als je hem samen met de inwoner invult.', sharedPart: 'Samen invullen werkt beter dan afvinken.', domains: ['qualification'], cycles: ['applied'] },
  { by: 'student@broedplaats.nl', daysAgo: 10, text: 'Ik leerde hoe het wijkteam besluiten neemt.', sharedPart: 'In het wijkteam besluit je samen, niet alleen.', domains: ['socialisation', 'qualification'], cycles: ['immediate', 'potential'] },
  { by: 'beleid@broedplaats.nl', daysAgo: 9, text: 'De cijfers over wachttijd gaan we in het beleid gebruiken.', sharedPart: 'De wachttijd tot eerste contact is een goede maat voor het beleid.', domains: ['qualification'], cycles: ['realised', 'reframing'] },
  { by: 'facilitator@broedplaats.nl', daysAgo: 8, text: 'De groep deelt meer sinds we vaste afspraken over vertrouwelijkheid hebben.', sharedPart: 'Vertrouwen groeit als afspraken over vertrouwelijkheid helder zijn.', domains: ['socialisation'], cycles: ['potential'] },
];

@Injectable()
export class ReflectionDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'reflection', order: 150, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people }: DemoContext): Promise<void> {
    const networkId = networks.get(almere);
    if (!networkId) return;
    const now = this.clock.now().getTime();
    for (const r of demoReflections) {
      const authorId = people.get(r.by);
      if (!authorId) continue;
      const at = new Date(now - r.daysAgo * DAY);
      await tx.insert(reflections).values({ authorId, networkId, text: r.text, sharedPart: r.sharedPart, domains: r.domains, cycles: r.cycles, createdAt: at, updatedAt: at });
    }
    const pieter = people.get('professional@broedplaats.nl');
    if (!pieter) return;
    const at = new Date(now - 3 * DAY);
    await tx.insert(valueStories).values({
      networkId, authorId: pieter, title: 'De signaalkaart en de wachttijd', shared: true, createdAt: at, updatedAt: at,
      immediate: 'In de leerkring oefenden we met Bea hoe je naar geldzorgen vraagt.',
      potential: 'Ik kreeg een zin die werkt: "veel mensen hebben dit".',
      applied: 'Ik gebruik de kaart nu aan het eind van elk huisbezoek en bel samen met de inwoner.',
      realised: 'De tijd tot eerste contact met schuldhulp ging van twintig naar acht dagen.',
      reframing: 'We meten succes nu aan de wachttijd, niet aan het aantal ingevulde kaarten.',
    });
  }
}
