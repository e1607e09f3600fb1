import type { QuestionOrigin, QuestionStatus } from '@broedplaats/contracts';

/**
 * The demo networks' knowledge agendas, written for the demo from the themes and topics of the
 * source facts (`seed/data/networks.json`, the taxonomy). People are the demo accounts by e-mail.
 */
export type DemoComment = { by: string; daysAgo: number; text: string; mentions?: string[]; replies?: DemoComment[]; removedBy?: string };
export type DemoQuestion = {
  /** A name for the round's ballots to point at. */
  key: string;
  title: string;
  situation: string;
  themeIds: string[];
  origin?: QuestionOrigin;
  commissionedBy?: string;
  residentPerspective?: string;
  proposer: string;
  daysAgo: number;
  /** Status changes after "proposed", oldest first. */
  steps?: Array<{ to: QuestionStatus; daysAgo: number; by: string; reason?: string }>;
  supporters?: string[];
  public?: boolean;
  showProposer?: boolean;
  takenOn?: { by: string; daysAgo: number; dueInDays: number };
  outcome?: { by: string; daysAgo: number; url?: string; text: string };
  comments?: DemoComment[];
};
export type DemoRound = { budget: number; openedDaysAgo: number; closedDaysAgo: number; by: string; ballots: Record<string, Record<string, number>> };
export type DemoAgenda = { questions: DemoQuestion[]; round?: DemoRound };

const FENNA = 'facilitator@broedplaats.nl';
const PIETER = 'professional@broedplaats.nl';
const BEA = 'burger@broedplaats.nl';
const SEM = 'student@broedplaats.nl';
const OLGA = 'onderzoeker@broedplaats.nl';
const BAS = 'beleid@broedplaats.nl';
const COORDINATOR = 'coordinator@broedplaats.nl';

const onAgenda = (daysAgo: number) => ({ to: 'on-agenda' as const, daysAgo, by: FENNA });
const started = (daysAgo: number) => ({ to: 'in-progress' as const, daysAgo, by: FENNA });

const almere: DemoAgenda = {
  questions: [
    {
      key: 'signalen',
      title: 'Welke signalen zien wij te laat bij gezinnen met geldzorgen?',
      situation: 'Vaak horen we pas van schulden als de huur al maanden niet betaald is. Achteraf waren er wel signalen: een kind dat niet meer mee op schoolreis gaat, post die niet geopend wordt. Welke signalen kunnen we eerder oppikken, en wie ziet ze als eerste?',
      themeIds: ['preventie-vroegsignalering', 'armoede-en-participatie'],
      residentPerspective: 'Gezinnen die zich schamen om hulp te vragen.',
      proposer: PIETER,
      daysAgo: 50,
      steps: [onAgenda(44), started(30)],
      supporters: [BEA, SEM, BAS, FENNA],
      takenOn: { by: SEM, daysAgo: 28, dueInDays: 24 },
      public: true,
      showProposer: true,
      comments: [
        { by: BEA, daysAgo: 43, text: 'Bij ons thuis zag de juf het als eerste. Niemand vroeg haar wat ze zag.', replies: [{ by: PIETER, daysAgo: 42, text: 'Dat herken ik. Misschien moeten we scholen vaker bij het wijkteam betrekken.' }] },
        { by: FENNA, daysAgo: 29, text: '@Sem de Boer, neem jij deze vraag mee in je afstudeeronderzoek? Dan plannen we de uitkomst voor de derde bijeenkomst.', mentions: [SEM] },
      ],
    },
    {
      key: 'keukentafel',
      title: 'Hoe voeren we een keukentafelgesprek waarin de bewoner de regie houdt?',
      situation: 'In het gesprek vullen we vaak zelf de formulieren in en bepalen we het tempo. Bewoners zeggen achteraf dat ze zich niet gehoord voelden. Hoe kan het gesprek meer van de bewoner zelf zijn?',
      themeIds: ['keukentafelgesprek', 'eigen-kracht-zelfregie'],
      residentPerspective: 'Bewoners die voor het eerst hulp aanvragen.',
      proposer: BEA,
      daysAgo: 46,
      steps: [onAgenda(40), started(21), { to: 'answered', daysAgo: 6, by: FENNA }],
      supporters: [PIETER, FENNA, BAS],
      outcome: { by: FENNA, daysAgo: 6, text: 'We starten elk gesprek met de vraag "Wat wilt u dat er over drie maanden anders is?" en vullen het formulier pas aan het eind samen in. Na zes weken proberen: bewoners noemen het gesprek vaker "van mij".' },
      comments: [{ by: PIETER, daysAgo: 20, text: 'Ik heb het deze week twee keer geprobeerd: het gesprek duurde langer, maar we kwamen verder.' }],
    },
    {
      key: 'wachtlijst',
      title: 'Wat doen we voor mensen die op de wachtlijst staan?',
      situation: 'Mensen wachten soms zes weken op een eerste gesprek. In die tijd lopen problemen op. Kunnen vrijwilligers of buren in die weken iets betekenen?',
      themeIds: ['samenspel-formeel-informeel', 'integrale-sociale-teams'],
      proposer: BAS,
      daysAgo: 38,
      steps: [onAgenda(33)],
      supporters: [PIETER, BEA],
    },
    {
      key: 'jongeren',
      title: 'Hoe bereiken we jongeren die nergens in beeld zijn?',
      situation: 'Jongeren tussen 18 en 23 zonder school of werk komen zelden naar het wijkteam. We weten niet goed waar ze zijn en wat ze nodig hebben.',
      themeIds: ['zorgmijding-moeilijk-bereikbaar', 'jeugdzorg-jeugdwijkteams'],
      proposer: SEM,
      daysAgo: 30,
      steps: [onAgenda(26)],
      supporters: [PIETER, BAS, FENNA],
      comments: [{ by: BAS, daysAgo: 25, text: 'De gemeente heeft cijfers per wijk. @Pieter Bakker, zal ik die meenemen naar de volgende bijeenkomst?', mentions: [PIETER] }],
    },
    {
      key: 'privacy',
      title: 'Mag ik zorgen over een gezin delen met de huisarts zonder toestemming?',
      situation: 'Soms wil ik even overleggen met de huisarts, maar het gezin wil dat niet. Waar ligt de grens, en hoe gaan collega\'s daarmee om?',
      themeIds: ['sociaal-medisch-domein', 'interdisciplinair-samenwerken'],
      proposer: PIETER,
      daysAgo: 21,
      supporters: [BAS],
    },
    {
      key: 'ervaringsdeskundige',
      title: 'Kan een ervaringsdeskundige mee naar het eerste huisbezoek?',
      situation: 'Als ik zelf aan tafel zit bij een gezin, merk ik dat mensen opener zijn. Ik wil weten of dat werkt en wat ervoor nodig is.',
      themeIds: ['zelfhulp-ervaringsdeskundigen', 'actief-burgerschap'],
      proposer: BEA,
      daysAgo: 12,
      supporters: [PIETER, SEM],
      comments: [{ by: FENNA, daysAgo: 11, text: 'Mooie vraag, Bea. @Pieter Bakker, weet jij of een ander wijkteam dit al doet?', mentions: [PIETER], replies: [{ by: PIETER, daysAgo: 10, text: 'In Almere Haven hebben ze het een half jaar gedaan. Ik vraag het na.' }] }],
    },
    {
      key: 'checklist',
      title: 'Werkt een vaste checklist voor vroegsignalering?',
      situation: 'Het team wil een lijst met vaste vragen gebruiken bij elk contact. Maakt dat het gesprek beter, of juist stijver?',
      themeIds: ['preventie-vroegsignalering', 'monitoring-evaluatie-rendement'],
      origin: 'commissioned',
      commissionedBy: 'Gemeente Almere, afdeling Wmo en jeugd',
      proposer: BAS,
      daysAgo: 42,
      steps: [{ to: 'set-aside', daysAgo: 35, by: FENNA, reason: 'We pakken dit mee in de vraag over signalen bij geldzorgen; daar hoort de checklist bij.' }],
      supporters: [],
    },
    {
      key: 'school',
      title: 'Hoe werken wijkteam en school samen zonder dat ouders zich bekeken voelen?',
      situation: 'Scholen melden zorgen, maar ouders voelen zich dan gecontroleerd. Hoe bouwen we vertrouwen op met school en ouders samen?',
      themeIds: ['jeugdhulp-en-onderwijs', 'samenwerken-in-de-keten'],
      proposer: PIETER,
      daysAgo: 8,
      supporters: [BEA, SEM],
    },
    {
      key: 'buurthuis',
      title: 'Helpt een vast spreekuur in het buurthuis om eerder te horen wat er speelt?',
      situation: 'Sinds het spreekuur in het buurthuis stopte, komen mensen later bij ons. Kunnen we dat meten?',
      themeIds: ['preventie-vroegsignalering', 'wmo-loket-nieuwe-stijl'],
      proposer: BEA,
      daysAgo: 33,
      steps: [{ to: 'withdrawn', daysAgo: 31, by: BEA }],
    },
    {
      key: 'mantelzorg',
      title: 'Hoe zien we eerder dat een mantelzorger overbelast raakt?',
      situation: 'Mantelzorgers melden zich pas als het niet meer gaat. Welke vragen helpen om het eerder te zien?',
      themeIds: ['samenspel-formeel-informeel', 'preventie-vroegsignalering'],
      proposer: SEM,
      daysAgo: 3,
      supporters: [BEA],
    },
  ],
};

const utrecht: DemoAgenda = {
  questions: [
    {
      key: 'identiteit',
      title: 'Wat maakt iemand een goede generalist in het sociaal domein?',
      situation: 'In de wijkteams werken specialisten als generalist. Wat moet je kunnen, en wat mag je loslaten? We willen dat samen beschrijven.',
      themeIds: ['nieuwe-professional', 'lerend-werken'],
      proposer: OLGA,
      daysAgo: 80,
      steps: [onAgenda(72), started(60), { to: 'answered', daysAgo: 30, by: FENNA }, { to: 'disseminated', daysAgo: 14, by: FENNA }],
      supporters: [PIETER, BAS, FENNA, COORDINATOR],
      outcome: { by: OLGA, daysAgo: 30, url: 'https://www.hu.nl/onderzoek/publicaties', text: 'Een beschrijving van zes kerntaken van de generalist, getoetst in drie wijkteams.' },
      public: true,
      showProposer: false,
    },
    {
      key: 'samenwerking',
      title: 'Hoe maken we afspraken over wie de regie heeft bij meerdere hulpverleners?',
      situation: 'Bij gezinnen met veel hulpverleners weet niemand wie de regie heeft. Het gezin moet zijn verhaal steeds opnieuw vertellen.',
      themeIds: ['interdisciplinair-samenwerken', 'samenwerken-in-de-keten'],
      proposer: PIETER,
      daysAgo: 55,
      steps: [onAgenda(48)],
      supporters: [OLGA, BAS, FENNA],
      comments: [{ by: OLGA, daysAgo: 47, text: 'Hier ligt een mooie koppeling met het onderzoek naar "één gezin, één plan". @Fenna Jansen, zullen we dit in de ronde meenemen?', mentions: [FENNA] }],
    },
    {
      key: 'vrijwilligers',
      title: 'Hoe houden we vrijwilligers vast als de vraag zwaarder wordt?',
      situation: 'Vrijwilligers krijgen steeds vaker mensen met ingewikkelde problemen. Sommigen stoppen. Wat hebben zij nodig van professionals?',
      themeIds: ['samenspel-formeel-informeel', 'transitie-formeel-naar-informeel'],
      proposer: BAS,
      daysAgo: 50,
      steps: [onAgenda(45)],
      supporters: [PIETER, OLGA],
    },
    {
      key: 'werk',
      title: 'Wat helpt mensen met een bijstandsuitkering om mee te doen, ook zonder betaald werk?',
      situation: 'Niet iedereen kan snel aan het werk. Welke vormen van meedoen werken, en hoe erkennen we die als gemeente?',
      themeIds: ['werk-en-inkomen', 'participatie-en-inclusie'],
      origin: 'commissioned',
      commissionedBy: 'Gemeente Utrecht, Werk en Inkomen',
      proposer: BAS,
      daysAgo: 58,
      steps: [onAgenda(50), started(20)],
      supporters: [OLGA, FENNA],
      takenOn: { by: OLGA, daysAgo: 19, dueInDays: 40 },
    },
    {
      key: 'eenzaam',
      title: 'Hoe herkennen wijkteams eenzaamheid bij mensen met een licht verstandelijke beperking?',
      situation: 'Mensen met een LVB zeggen zelden dat ze eenzaam zijn. Welke signalen zien begeleiders, en hoe praat je erover?',
      themeIds: ['eenzaamheid-sociaal-isolement', 'preventie-vroegsignalering'],
      proposer: OLGA,
      daysAgo: 44,
      steps: [onAgenda(40)],
      supporters: [PIETER, FENNA, COORDINATOR],
    },
    {
      key: 'ouderen',
      title: 'Wat hebben ouderen nodig om langer thuis te wonen in een flat zonder lift?',
      situation: 'In sommige wijken wonen veel ouderen op hoge verdiepingen. Verhuizen willen ze niet. Wat kunnen buren, woningcorporatie en wijkteam samen doen?',
      themeIds: ['ouderen-langer-thuis', 'eigen-kracht-zelfregie'],
      proposer: PIETER,
      daysAgo: 40,
      steps: [onAgenda(36)],
      supporters: [BAS],
      comments: [
        { by: BAS, daysAgo: 35, text: 'Oeps, dit was voor een andere vraag bedoeld.', removedBy: BAS },
        { by: BAS, daysAgo: 35, text: 'De woningcorporatie wil meedenken. Zij zien de bewoners vaker dan wij.' },
      ],
    },
    {
      key: 'collectief',
      title: 'Hoe ondersteunen we bewonersinitiatieven zonder ze over te nemen?',
      situation: 'Als de gemeente geld geeft, komen er ook regels. Initiatiefnemers haken dan af. Hoe steun je zonder te sturen?',
      themeIds: ['actief-burgerschap', 'governance'],
      proposer: OLGA,
      daysAgo: 36,
      steps: [onAgenda(34)],
      supporters: [BAS, PIETER],
      public: true,
      showProposer: true,
    },
    {
      key: 'ervaring',
      title: 'Waar zetten we ervaringsdeskundigen het best in?',
      situation: 'Ervaringsdeskundigen doen veel, maar vaak losstaand. Waar maken zij het grootste verschil: bij de toegang, in de begeleiding of in het onderwijs?',
      themeIds: ['zelfhulp-ervaringsdeskundigen'],
      proposer: PIETER,
      daysAgo: 34,
      steps: [onAgenda(31), { to: 'proposed', daysAgo: 25, by: FENNA }],
      supporters: [OLGA],
      comments: [{ by: FENNA, daysAgo: 25, text: 'Ik zet deze terug naar voorgesteld: we maken de vraag eerst samen scherper. @Pieter Bakker, kun jij een voorbeeld geven?', mentions: [PIETER] }],
    },
    {
      key: 'beleid',
      title: 'Hoe komt wat wij in de werkplaats leren in het gemeentelijk beleid terecht?',
      situation: 'We leren veel, maar in de beleidsnota\'s zie ik het niet terug. Wie brengt het over, en wanneer?',
      themeIds: ['governance', 'kennis-ontwikkelen-delen'],
      proposer: BAS,
      daysAgo: 28,
      steps: [onAgenda(26)],
      supporters: [OLGA, FENNA, PIETER, COORDINATOR],
    },
    {
      key: 'ehealth',
      title: 'Werkt beeldbellen voor begeleiding thuis?',
      situation: 'Tijdens de coronatijd begeleidden we veel via beeldbellen. Sommige cliënten willen dat houden. Voor wie werkt het wel en voor wie niet?',
      themeIds: ['e-health-e-welzijn'],
      proposer: PIETER,
      daysAgo: 70,
      steps: [{ to: 'set-aside', daysAgo: 62, by: FENNA, reason: 'Het lectoraat E-health loopt hier al een onderzoek naar; we volgen hun uitkomsten.' }],
      supporters: [OLGA],
    },
    {
      key: 'stage',
      title: 'Hoe leren studenten in een wijkteam meer dan alleen meelopen?',
      situation: 'Stagiairs lopen mee, maar krijgen weinig eigen werk. Kunnen ze een praktijkvraag van het team oppakken?',
      themeIds: ['lerend-werken', 'deskundigheidsbevordering'],
      proposer: OLGA,
      daysAgo: 10,
      supporters: [FENNA],
    },
    {
      key: 'rendement',
      title: 'Hoe laten we zien wat preventie oplevert?',
      situation: 'De gemeente vraagt om cijfers, maar wat je voorkomt, zie je niet. Welke maat past bij ons werk?',
      themeIds: ['monitoring-evaluatie-rendement'],
      origin: 'commissioned',
      commissionedBy: 'Gemeente Utrecht, Maatschappelijke Ontwikkeling',
      proposer: BAS,
      daysAgo: 5,
    },
  ],
  // The network chose its priorities for the spring with five dots each.
  round: {
    budget: 5,
    openedDaysAgo: 24,
    closedDaysAgo: 17,
    by: FENNA,
    ballots: {
      [FENNA]: { samenwerking: 2, beleid: 2, eenzaam: 1 },
      [PIETER]: { samenwerking: 3, ouderen: 2 },
      [OLGA]: { eenzaam: 3, collectief: 1, beleid: 1 },
      [BAS]: { beleid: 3, vrijwilligers: 2 },
    },
  },
};

const limburg: DemoAgenda = {
  questions: [
    {
      key: 'senioren',
      title: 'Hoe bereiken we eenzame senioren die nooit naar een activiteit komen?',
      situation: 'De koffieochtenden trekken steeds dezelfde mensen. Wie echt alleen is, komt niet. Hoe vinden we die mensen, en hoe maken we de eerste stap?',
      themeIds: ['eenzaamheid-sociaal-isolement', 'zorgmijding-moeilijk-bereikbaar'],
      residentPerspective: 'Senioren die alleen wonen en weinig bezoek krijgen.',
      proposer: OLGA,
      daysAgo: 70,
      steps: [onAgenda(64), started(50)],
      supporters: [SEM, FENNA, COORDINATOR],
      public: true,
      showProposer: true,
      comments: [{ by: SEM, daysAgo: 49, text: 'Ik ga met de huisartsen praten: zij zien deze mensen wel. @Olga Mulder, mag ik jouw vragenlijst gebruiken?', mentions: [OLGA], replies: [{ by: OLGA, daysAgo: 48, text: 'Natuurlijk, ik stuur hem je toe.' }] }],
    },
    {
      key: 'signaleren',
      title: 'Welke vragen helpen de thuiszorg om eenzaamheid te signaleren?',
      situation: 'Thuiszorgmedewerkers komen veel bij ouderen thuis, maar hebben weinig tijd. Welke twee of drie vragen werken in een kort bezoek?',
      themeIds: ['preventie-vroegsignalering', 'eenzaamheid-sociaal-isolement'],
      proposer: FENNA,
      daysAgo: 60,
      steps: [onAgenda(55), started(45)],
      supporters: [OLGA, SEM],
      takenOn: { by: SEM, daysAgo: 44, dueInDays: 18 },
    },
    {
      key: 'mantelzorgers',
      title: 'Hoe voorkomen we dat mantelzorgers zelf eenzaam worden?',
      situation: 'Mantelzorgers zorgen jaren voor een partner en verliezen hun eigen vrienden uit het oog. Wat helpt hen om contacten te houden?',
      themeIds: ['eenzaamheid-sociaal-isolement', 'samenspel-formeel-informeel'],
      origin: 'commissioned',
      commissionedBy: 'Platform Mantelzorg Limburg',
      proposer: FENNA,
      daysAgo: 52,
      steps: [onAgenda(47)],
      supporters: [OLGA, SEM, COORDINATOR],
    },
    {
      key: 'buurt',
      title: 'Wat kunnen buren doen zonder dat het zorg wordt?',
      situation: 'Buren willen best helpen, maar zijn bang dat ze er dan alles bij moeten doen. Welke kleine dingen werken?',
      themeIds: ['eigen-kracht-zelfregie', 'actief-burgerschap'],
      proposer: SEM,
      daysAgo: 40,
      steps: [onAgenda(35)],
      supporters: [OLGA],
    },
    {
      key: 'kenniscentrum',
      title: 'Wat moet er in een kenniscentrum eenzaamheid staan om bruikbaar te zijn voor vrijwilligers?',
      situation: 'We bouwen toe naar een kenniscentrum. Vrijwilligers willen geen rapporten, maar praktische tips. Wat zoeken ze echt?',
      themeIds: ['kennis-ontwikkelen-delen', 'deskundigheidsbevordering'],
      origin: 'commissioned',
      commissionedBy: 'KBO Limburg',
      proposer: OLGA,
      daysAgo: 90,
      steps: [onAgenda(85), started(70), { to: 'answered', daysAgo: 20, by: FENNA }],
      supporters: [SEM, FENNA],
      outcome: { by: OLGA, daysAgo: 20, url: 'https://www.ou.nl/onderzoek', text: 'Een lijst met tien vragen van vrijwilligers en waar het antwoord te vinden is; getest met twee vrijwilligersgroepen.' },
    },
    {
      key: 'digitaal',
      title: 'Helpt een tablet tegen eenzaamheid, of maakt het de afstand groter?',
      situation: 'Sommige ouderen krijgen een tablet om te beeldbellen met familie. Werkt dat, of vervangt het bezoek?',
      themeIds: ['e-health-e-welzijn', 'ouderen-langer-thuis'],
      proposer: SEM,
      daysAgo: 25,
      steps: [{ to: 'set-aside', daysAgo: 20, by: FENNA, reason: 'Te breed voor nu. We komen erop terug als het kenniscentrum staat.' }],
    },
    {
      key: 'rouw',
      title: 'Hoe ondersteunen we ouderen na het overlijden van hun partner?',
      situation: 'Na een overlijden is er in het begin veel aandacht. Na een paar maanden blijft iemand alleen achter. Wie houdt dan contact?',
      themeIds: ['eenzaamheid-sociaal-isolement', 'ouderen-langer-thuis'],
      proposer: OLGA,
      daysAgo: 15,
      supporters: [SEM, FENNA],
    },
    {
      key: 'jong',
      title: 'Zijn jongeren in Limburg even eenzaam als ouderen?',
      situation: 'We richten ons op senioren, maar de GGD-monitor laat ook veel eenzame jongeren zien. Moeten we breder kijken?',
      themeIds: ['eenzaamheid-sociaal-isolement', 'participatie-en-inclusie'],
      proposer: SEM,
      daysAgo: 4,
    },
    {
      key: 'vervoer',
      title: 'Hoe zorgt vervoer ervoor dat ouderen op het platteland mee kunnen doen?',
      situation: 'Buslijnen verdwijnen en mensen komen niet meer bij activiteiten. Welke vervoersoplossingen werken in kleine kernen?',
      themeIds: ['participatie-en-inclusie', 'ouderen-langer-thuis'],
      proposer: OLGA,
      daysAgo: 30,
      steps: [onAgenda(27)],
      supporters: [SEM],
    },
    {
      key: 'week',
      title: 'Wat leverde de Week tegen Eenzaamheid op in onze gemeenten?',
      situation: 'Elk jaar zijn er veel activiteiten in die week. Blijven de contacten daarna bestaan?',
      themeIds: ['monitoring-evaluatie-rendement', 'eenzaamheid-sociaal-isolement'],
      proposer: FENNA,
      daysAgo: 18,
      steps: [{ to: 'withdrawn', daysAgo: 16, by: FENNA }],
    },
  ],
};

export const demoAgendas: Record<string, DemoAgenda> = {
  'flevoland-vroegsignalering-almere': almere,
  'wsd-utrecht': utrecht,
  'samen-tegen-eenzaamheid-limburg': limburg,
};
