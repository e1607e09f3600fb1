import type { NetworkInput, NetworkRole, NetworkType, ParticipantCategory, PartnerKind, Province } from '@broedplaats/contracts';
import networksJson from './data/networks.json';

export const DEMO_PASSWORD = 'broedplaats-demo';

type SourceNetwork = (typeof networksJson)[number];
export type DemoNetwork = Omit<NetworkInput, 'status'> & { slug: string; status: 'active' | 'stopped' | 'unknown' };

/** The Limburg inventory's "wmo-related" is what the product calls a Wmo partnership. */
const typeOf = (type: string): NetworkType => (type === 'wmo-related' ? 'wmo-partnership' : (type as NetworkType));

/** The facilitator's welcome on Overzicht of the three networks the demo people are in (written for the demo). */
const demoWelcomes: Record<string, string> = {
  'flevoland-vroegsignalering-almere': [
    'Welkom in ons leernetwerk! Fijn dat je meedoet.',
    'We zoeken samen hoe we zorgen eerder zien in de wijk. We komen vier keer bij elkaar, steeds twee uur, met drie weken ertussen.',
    'Tussen de bijeenkomsten probeer je iets uit in je eigen werk. Daarna vertellen we elkaar wat we zagen en wat we ervan leerden.',
    'Vragen? Stuur mij gerust een bericht. — Fenna',
  ].join('\n\n'),
  'wsd-utrecht': [
    'Welkom bij de Werkplaats Sociaal Domein Utrecht.',
    'Hier werken gemeenten, zorg- en welzijnsorganisaties, inwoners en de hogeschool samen aan vragen uit de praktijk. Zet jouw vraag gerust op de agenda: we kiezen samen waar we aan werken.',
    'Kijk bij Leden wie er meedoen. Stel je zelf ook even voor in je profiel.',
  ].join('\n\n'),
  'samen-tegen-eenzaamheid-limburg': [
    'Welkom! In dit netwerk werken we samen tegen eenzaamheid in Limburg.',
    'We delen wat werkt in de wijk en leren van elkaars ervaringen. Iedereen mag meedoen: professionals, vrijwilligers, inwoners en studenten.',
    'Stel je even voor in je profiel: wie ben je en waar werk je? Dan weten de anderen wie je bent.',
  ].join('\n\n'),
};

export const demoNetworks: DemoNetwork[] = networksJson.map((n: SourceNetwork) => ({
  slug: n.id,
  name: n.name,
  domain: n.summary.nl,
  community: '',
  practice: '',
  province: n.province as Province,
  region: n.region,
  type: typeOf(n.type),
  status: n.status as DemoNetwork['status'],
  startYear: n.startYear,
  focus: [],
  themeIds: n.themes,
  partners: n.partners.map((p) => ({ name: p.name, kind: p.kind as PartnerKind })),
  visibility: 'public',
  welcome: demoWelcomes[n.id] ?? '',
}));

type DemoMembership = { network: string; role: NetworkRole; category: ParticipantCategory; engagement: number };
export type DemoAccount = {
  email: string;
  displayName: string;
  isPlatformAdmin?: boolean;
  /** What the person tells fellow members on the Leden tab (invented for the demo). */
  organisation?: string;
  bio?: string;
  memberships: DemoMembership[];
};

const almere = 'flevoland-vroegsignalering-almere';
const utrecht = 'wsd-utrecht';
const limburg = 'samen-tegen-eenzaamheid-limburg';

/** One account per kind of user (see README.md beside this file); all share DEMO_PASSWORD. */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'facilitator@broedplaats.nl',
    displayName: 'Fenna Jansen',
    organisation: 'Hogeschool Utrecht – Kenniscentrum Sociale Innovatie',
    bio: 'Ik ben docent-onderzoeker en begeleid leernetwerken in het sociaal domein. Ik zorg dat we niet alleen praten, maar ook dingen uitproberen in de praktijk.',
    memberships: [almere, utrecht, limburg].map((network) => ({ network, role: 'facilitator', category: 'researcher', engagement: 5 })),
  },
  {
    email: 'professional@broedplaats.nl',
    displayName: 'Pieter Bakker',
    organisation: 'Sociaal wijkteam Almere',
    bio: 'Wijkwerker sinds 2012. Ik wil beter leren zien wanneer een gezin hulp nodig heeft, voordat het misgaat.',
    memberships: [
      { network: almere, role: 'member', category: 'professional', engagement: 4 },
      { network: utrecht, role: 'member', category: 'professional', engagement: 3 },
    ],
  },
  {
    email: 'burger@broedplaats.nl',
    displayName: 'Bea Visser',
    organisation: 'Ervaringsdeskundige, Almere',
    bio: 'Ik heb zelf lang hulp gehad van het wijkteam. Ik vertel graag hoe dat voor mij was, zodat het voor anderen beter wordt.',
    memberships: [{ network: almere, role: 'member', category: 'citizen', engagement: 3 }] },
  {
    email: 'student@broedplaats.nl',
    displayName: 'Sem de Boer',
    organisation: 'Student Social Work',
    bio: 'Derdejaars student. Ik doe mijn afstudeeronderzoek naar vroegsignalering in de wijk.',
    memberships: [
      { network: almere, role: 'member', category: 'student', engagement: 2 },
      { network: limburg, role: 'member', category: 'student', engagement: 3 },
    ],
  },
  {
    email: 'onderzoeker@broedplaats.nl',
    displayName: 'Olga Mulder',
    organisation: 'Open Universiteit',
    bio: 'Onderzoeker naar eenzaamheid en samenwerking in de wijk. Ik koppel vragen uit de praktijk aan onderzoek van studenten.',
    memberships: [
      { network: utrecht, role: 'member', category: 'researcher', engagement: 4 },
      { network: limburg, role: 'member', category: 'researcher', engagement: 4 },
    ],
  },
  {
    email: 'beleid@broedplaats.nl',
    displayName: 'Bas Smit',
    organisation: 'Gemeente Almere',
    bio: 'Beleidsadviseur Wmo en jeugd. Ik wil weten wat er in de wijk speelt, zodat ons beleid daarbij past.',
    memberships: [
      { network: almere, role: 'member', category: 'policy-officer', engagement: 2 },
      { network: utrecht, role: 'member', category: 'policy-officer', engagement: 2 },
    ],
  },
  { email: 'admin@broedplaats.nl', displayName: 'Anna Beheer', isPlatformAdmin: true, organisation: 'Broedplaats', memberships: [] },
  {
    // Every imported network needs a facilitator, or nobody could ever manage it.
    email: 'coordinator@broedplaats.nl',
    displayName: 'Regiocoördinator',
    organisation: 'Regionaal overzicht kennisnetwerken',
    memberships: networksJson.map((n) => ({ network: n.id, role: 'facilitator', category: 'other', engagement: 3 })),
  },
];
