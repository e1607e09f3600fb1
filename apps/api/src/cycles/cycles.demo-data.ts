import type { Conclusion, CyclePhase, CycleVisibility, IndicatorDirection } from '@broedplaats/contracts';

export type DemoIndicator = { key: string; name: string; unit: string; direction: IndicatorDirection; baseline: number; target: number };
/** A try-out, `daysAgo`; `values` by indicator key. */
export type DemoLog = { daysAgo: number; by: string; did: string; happened: string; learned: string; next: string; mood: number; values?: Record<string, number> };
export type DemoIteration = { daysAgo: number; plan: string; done: string; observed: string; reflection: string };
export type DemoCycle = {
  key: string;
  network: string;
  title: string;
  learningQuestion: string;
  owners: string[];
  coach: string | null;
  visibility: CycleVisibility;
  startedDaysAgo: number;
  phase: CyclePhase;
  bottlenecks: string[];
  changeGoals: string[];
  outcome: string;
  indicators: DemoIndicator[];
  actions: Array<{ what: string; who: string; inDays: number | null; done: boolean }>;
  iterations: DemoIteration[];
  logs: DemoLog[];
  closed?: { daysAgo: number; conclusion: Conclusion; followUp: string };
  comments?: Array<{ daysAgo: number; by: string; text: string }>;
};

const PIETER = 'professional@broedplaats.nl';
const BEA = 'burger@broedplaats.nl';
const SEM = 'student@broedplaats.nl';
const OLGA = 'onderzoeker@broedplaats.nl';
const BAS = 'beleid@broedplaats.nl';
const FENNA = 'facilitator@broedplaats.nl';
const almere = 'flevoland-vroegsignalering-almere';
// Every cycle starts after its owners joined their network (see activity.demo.ts): the networks are weeks old, not years.

/** Pieter and Bea's home visits with the signal card: ten try-outs over six weeks, each a little better. */
const signalLogs: DemoLog[] = [
  [43, 2, 20, 'Eerste huisbezoeken met de signaalkaart', 'Twee gezinnen wilden erover praten, de rest niet', 'De kaart werkt beter aan het eind van het gesprek', 'De kaart later in het gesprek pakken', 3],
  [40, 4, 19, 'Kaart aan het eind van het huisbezoek gebruikt', 'Vier gesprekken over geldzorgen', 'Timing maakt uit', 'Samen met Bea oefenen hoe ik het vraag', 3],
  [37, 6, 17, 'Met Bea de vraag geoefend', 'Inwoners voelden zich minder betrapt', 'Ervaringstaal helpt: "veel mensen hebben dit"', 'De zin van Bea overnemen', 4],
  [33, 8, 15, 'Nieuwe openingszin bij elk huisbezoek', 'Acht keer de kaart ingevuld', 'Eerste contact met schuldhulp sneller geregeld', 'Warme overdracht met schuldhulp afspreken', 4],
  [29, 11, 13, 'Warme overdracht: samen met inwoner gebeld', 'Drie mensen direct een afspraak', 'Samen bellen scheelt een week', 'Ook in het wijkteamoverleg vertellen', 4],
  [24, 13, 12, 'Collega’s gevraagd ook de kaart te gebruiken', 'Twee collega’s doen mee', 'Het werkt ook bij anderen', 'Kaart aanpassen met hun tips', 3],
  [19, 15, 10, 'Aangepaste kaart met drie vragen minder', 'Sneller ingevuld, zelfde signalen', 'Korter is beter', 'Meten hoe lang het tot eerste contact duurt', 4],
  [14, 17, 9, 'Bij elk signaal datum van eerste contact bijgehouden', 'Gemiddeld negen dagen', 'We halen het doel bijna', 'Wachttijd bij schuldhulp bespreken', 4],
  [8, 18, 8, 'Met schuldhulp afgesproken: binnen een week terugbellen', 'Twee keer binnen vijf dagen contact', 'Afspraken met de ketenpartner helpen het meest', 'Dit vastleggen in de werkwijze', 5],
  [3, 19, 8, 'Werkwijze op papier gezet met Bea', 'Eerste versie klaar voor de bijeenkomst', 'Opschrijven laat zien wat we geleerd hebben', 'Bespreken in de leerkring', 5],
].map(([daysAgo, visits, days, did, happened, learned, next, mood], i) => ({
  daysAgo: daysAgo as number, by: i === 2 || i === 9 ? BEA : PIETER, did: did as string, happened: happened as string, learned: learned as string, next: next as string, mood: mood as number,
  values: { visits: visits as number, days: days as number },
}));

export const demoCycles: DemoCycle[] = [
  {
    key: 'signaalkaart',
    network: almere,
    title: 'Eerder signaleren van schulden met de signaalkaart',
    learningQuestion: 'Hoe kunnen we bij huisbezoeken eerder zien dat een gezin schulden heeft, zodat hulp sneller op gang komt?',
    owners: [PIETER, BEA],
    coach: FENNA,
    visibility: 'network',
    startedDaysAgo: 44,
    phase: 'act',
    bottlenecks: ['Inwoners schamen zich voor geldzorgen', 'Het wijkteam vraagt er niet standaard naar', 'Lange wachttijd bij schuldhulpverlening'],
    changeGoals: ['Bij elk huisbezoek geldzorgen bespreekbaar maken', 'Binnen een week eerste contact met schuldhulp'],
    outcome: 'Schulden worden eerder gezien en hulp start sneller',
    indicators: [
      { key: 'visits', name: 'aantal huisbezoeken met signaalkaart', unit: 'aantal per maand', direction: 'higher', baseline: 0, target: 20 },
      { key: 'days', name: 'tijd tot eerste contact (dagen)', unit: 'dagen', direction: 'lower', baseline: 21, target: 7 },
    ],
    actions: [
      { what: 'Signaalkaart drukken en meenemen', who: 'Pieter', inDays: -42, done: true },
      { what: 'Openingszin oefenen met ervaringsdeskundige', who: 'Pieter en Bea', inDays: -37, done: true },
      { what: 'Afspraak maken met schuldhulpverlening over terugbellen', who: 'Pieter', inDays: -10, done: true },
      { what: 'Werkwijze presenteren in de leerkring', who: 'Pieter en Bea', inDays: 12, done: false },
    ],
    iterations: [
      { daysAgo: 44, plan: 'Signaalkaart meenemen naar huisbezoeken', done: 'Kaart bij twintig huisbezoeken bij me gehad', observed: 'Aan het begin van het gesprek klapt men dicht', reflection: 'Niet beginnen met de kaart; eerst vertrouwen' },
      { daysAgo: 28, plan: 'Kaart aan het eind, met de openingszin van Bea', done: 'Nieuwe zin bij elk bezoek', observed: 'Meer gesprekken over geld, sneller doorverwezen', reflection: 'De overdracht naar schuldhulp is nu het knelpunt' },
      { daysAgo: 12, plan: 'Warme overdracht en terugbelafspraak met schuldhulp', done: '', observed: '', reflection: '' },
    ],
    logs: signalLogs,
    comments: [{ daysAgo: 16, by: FENNA, text: 'Mooi hoe jullie de kaart steeds bijstellen. Neem de grafiek mee naar de leerkring?' }],
  },
  {
    key: 'beleid-signalen',
    network: 'wsd-utrecht',
    title: 'Signalen uit de wijk doorgeven aan beleid',
    learningQuestion: 'Hoe zorg ik dat wat het wijkteam ziet ook bij de gemeente aankomt?',
    owners: [BAS],
    coach: null,
    visibility: 'private',
    startedDaysAgo: 18,
    phase: 'observe',
    bottlenecks: ['Signalen blijven in het wijkteam hangen'],
    changeGoals: ['Eens per maand een korte signalenbrief'],
    outcome: 'Beleid weet wat er speelt',
    indicators: [{ key: 'letters', name: 'signalenbrieven verstuurd', unit: 'aantal', direction: 'higher', baseline: 0, target: 3 }],
    actions: [{ what: 'Eerste signalenbrief schrijven', who: 'Bas', inDays: -12, done: true }],
    iterations: [{ daysAgo: 18, plan: 'Signalenbrief uitproberen', done: 'Eerste brief verstuurd', observed: '', reflection: '' }],
    logs: [
      { daysAgo: 12, by: BAS, did: 'Eerste signalenbrief geschreven', happened: 'Wethouder vroeg om een toelichting', learned: 'Kort en met een voorbeeld werkt', next: 'Tweede brief met cijfers', mood: 4, values: { letters: 1 } },
      { daysAgo: 5, by: BAS, did: 'Tweede brief met cijfers van het wijkteam', happened: 'Nog geen reactie', learned: 'Cijfers zonder verhaal zeggen weinig', next: 'Verhaal van een inwoner toevoegen', mood: 3, values: { letters: 2 } },
    ],
  },
  {
    key: 'keukentafel',
    network: 'wsd-utrecht',
    title: 'Samen beslissen aan de keukentafel',
    learningQuestion: 'Hoe laten we inwoners echt meebeslissen in het keukentafelgesprek?',
    owners: [OLGA, PIETER],
    coach: FENNA,
    visibility: 'network',
    startedDaysAgo: 64,
    phase: 'reflect',
    bottlenecks: ['Het gesprek volgt het formulier, niet de inwoner'],
    changeGoals: ['De inwoner kiest zelf de volgorde van de onderwerpen'],
    outcome: 'Inwoners voelen zich gehoord',
    indicators: [{ key: 'heard', name: 'tevredenheid inwoner over het gesprek', unit: 'schaal 1–5', direction: 'higher', baseline: 3, target: 4 }],
    actions: [{ what: 'Onderwerpenkaartjes maken', who: 'Olga', inDays: -62, done: true }],
    iterations: [
      { daysAgo: 64, plan: 'Onderwerpenkaartjes op tafel leggen', done: 'Bij tien gesprekken gebruikt', observed: 'Inwoners pakken eerst het kaartje over geld', reflection: 'Wat voor de inwoner het zwaarst is, komt eerst' },
      { daysAgo: 40, plan: 'Formulier pas na het gesprek invullen', done: 'Formulier achteraf ingevuld', observed: 'Gesprekken duren tien minuten langer', reflection: 'Het is de tijd waard: tevredenheid steeg' },
    ],
    logs: [
      { daysAgo: 60, by: OLGA, did: 'Kaartjes gebruikt in drie gesprekken', happened: 'Inwoners kozen snel', learned: 'Visueel helpt', next: 'Meer gesprekken', mood: 4, values: { heard: 3.4 } },
      { daysAgo: 50, by: PIETER, did: 'Kaartjes in mijn eigen gesprekken', happened: 'Een inwoner begon te huilen bij het kaartje over familie', learned: 'Ruimte laten voor stilte', next: 'Formulier loslaten tijdens het gesprek', mood: 3, values: { heard: 3.6 } },
      { daysAgo: 38, by: OLGA, did: 'Formulier pas na afloop ingevuld', happened: 'Meer oogcontact', learned: 'Het formulier stond tussen ons in', next: 'Tevredenheid meten', mood: 4, values: { heard: 4.1 } },
      { daysAgo: 25, by: PIETER, did: 'Tien gesprekken zonder formulier op tafel', happened: 'Gemiddeld 4,3', learned: 'Het werkt ook bij mij', next: 'Afronden en delen', mood: 5, values: { heard: 4.3 } },
    ],
    closed: {
      daysAgo: 12,
      conclusion: {
        learned: 'Inwoners beslissen meer mee als zij de volgorde van het gesprek kiezen en het formulier pas na afloop wordt ingevuld.',
        changesInPractice: 'Het team gebruikt de onderwerpenkaartjes standaard; het formulier gaat niet meer mee naar binnen.',
        recommendations: 'Begin klein: één gesprek per week met kaartjes, en meet de tevredenheid vanaf het begin.',
      },
      followUp: 'Samen beslissen: ook bij herindicaties',
    },
  },
  {
    key: 'huisarts',
    network: 'samen-tegen-eenzaamheid-limburg',
    title: 'Eenzame ouderen bereiken via de huisarts',
    learningQuestion: 'Kunnen huisartsen eenzame ouderen doorverwijzen naar het buurtnetwerk?',
    owners: [SEM, OLGA],
    coach: FENNA,
    visibility: 'network',
    startedDaysAgo: 32,
    phase: 'act',
    bottlenecks: ['Huisartsen hebben weinig tijd', 'Ouderen schamen zich voor eenzaamheid'],
    changeGoals: ['Twee huisartsenpraktijken verwijzen door'],
    outcome: 'Meer ouderen vinden het buurtnetwerk',
    indicators: [{ key: 'referrals', name: 'doorverwijzingen door huisartsen', unit: 'aantal per maand', direction: 'higher', baseline: 0, target: 8 }],
    actions: [{ what: 'Folder voor de wachtkamer', who: 'Sem', inDays: -26, done: true }],
    iterations: [{ daysAgo: 32, plan: 'Praktijkondersteuners benaderen', done: 'Twee praktijken bezocht', observed: '', reflection: '' }],
    // Nobody wrote anything for weeks: this one shows as stale.
    logs: [
      { daysAgo: 30, by: SEM, did: 'Praktijkondersteuner gesproken', happened: 'Enthousiast, maar geen tijd', learned: 'Een folder is makkelijker dan een gesprek', next: 'Folder maken', mood: 3, values: { referrals: 0 } },
      { daysAgo: 24, by: SEM, did: 'Folder in twee wachtkamers', happened: 'Eén oudere belde zelf', learned: 'Ouderen bellen liever zelf dan doorverwezen te worden', next: 'Telefoonnummer groter op de folder', mood: 4, values: { referrals: 1 } },
    ],
  },
];
