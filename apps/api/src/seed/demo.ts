import type { NetworkInput, NetworkRole, NetworkType, ParticipantCategory, PartnerKind, Province } from '@broedplaats/contracts';
import networksJson from './data/networks.json';

export const DEMO_PASSWORD = 'broedplaats-demo';

type SourceNetwork = (typeof networksJson)[number];
export type DemoNetwork = Omit<NetworkInput, 'status'> & { slug: string; status: 'active' | 'stopped' | 'unknown' };

/** The Limburg inventory's "wmo-related" is what the product calls a Wmo partnership. */
const typeOf = (type: string): NetworkType => (type === 'wmo-related' ? 'wmo-partnership' : (type as NetworkType));

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
}));

type DemoMembership = { network: string; role: NetworkRole; category: ParticipantCategory; engagement: number };
export type DemoAccount = { email: string; displayName: string; isPlatformAdmin?: boolean; memberships: DemoMembership[] };

const almere = 'flevoland-vroegsignalering-almere';
const utrecht = 'wsd-utrecht';
const limburg = 'samen-tegen-eenzaamheid-limburg';

/** One account per kind of user (see README.md beside this file); all share DEMO_PASSWORD. */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'facilitator@broedplaats.nl',
    displayName: 'Fenna Jansen',
    memberships: [almere, utrecht, limburg].map((network) => ({ network, role: 'facilitator', category: 'researcher', engagement: 5 })),
  },
  {
    email: 'professional@broedplaats.nl',
    displayName: 'Pieter Bakker',
    memberships: [
      { network: almere, role: 'member', category: 'professional', engagement: 4 },
      { network: utrecht, role: 'member', category: 'professional', engagement: 3 },
    ],
  },
  { email: 'burger@broedplaats.nl', displayName: 'Bea Visser', memberships: [{ network: almere, role: 'member', category: 'citizen', engagement: 3 }] },
  {
    email: 'student@broedplaats.nl',
    displayName: 'Sem de Boer',
    memberships: [
      { network: almere, role: 'member', category: 'student', engagement: 2 },
      { network: limburg, role: 'member', category: 'student', engagement: 3 },
    ],
  },
  {
    email: 'onderzoeker@broedplaats.nl',
    displayName: 'Olga Mulder',
    memberships: [
      { network: utrecht, role: 'member', category: 'researcher', engagement: 4 },
      { network: limburg, role: 'member', category: 'researcher', engagement: 4 },
    ],
  },
  {
    email: 'beleid@broedplaats.nl',
    displayName: 'Bas Smit',
    memberships: [
      { network: almere, role: 'member', category: 'policy-officer', engagement: 2 },
      { network: utrecht, role: 'member', category: 'policy-officer', engagement: 2 },
    ],
  },
  { email: 'admin@broedplaats.nl', displayName: 'Anna Beheer', isPlatformAdmin: true, memberships: [] },
  {
    // Every imported network needs a facilitator, or nobody could ever manage it.
    email: 'coordinator@broedplaats.nl',
    displayName: 'Regiocoördinator',
    memberships: networksJson.map((n) => ({ network: n.id, role: 'facilitator', category: 'other', engagement: 3 })),
  },
];
