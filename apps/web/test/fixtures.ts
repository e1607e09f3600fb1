import type { Invitation, Member, Network, Session } from '@broedplaats/contracts';

export const me = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'anna@example.nl',
  displayName: 'Anna de Vries',
  language: 'nl',
  isPlatformAdmin: false,
  organisation: '',
  bio: '',
} as const;

export const networkId = '22222222-2222-4222-8222-222222222222';

export const themes = [
  { id: 'loneliness', number: 1, nl: 'Eenzaamheid', en: 'Loneliness', extra: false },
  { id: 'youth', number: 2, nl: 'Jeugd', en: 'Youth', extra: false },
];

/** A whole network as the API answers it; override what a test is about. */
export const network = (overrides: Partial<Network> = {}): Network => ({
  id: networkId,
  name: 'Leernetwerk Almere',
  domain: '',
  community: '',
  practice: '',
  province: 'Flevoland',
  region: '',
  type: 'learning-network',
  status: 'active',
  startYear: null,
  focus: [],
  themeIds: [],
  partners: [],
  visibility: 'members',
  archived: false,
  memberCount: 1,
  myRole: 'member',
  onDuty: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

export const member = (userId: string, displayName: string, overrides: Partial<Member> = {}): Member => ({
  userId, displayName, organisation: '', bio: '', role: 'member', category: 'citizen', engagement: 3, joinedAt: '2026-11-22T10:00:00.000Z', ...overrides,
});

export const kees = member('55555555-5555-4555-8555-555555555555', 'Kees');

export const invitation = (id: string, overrides: Partial<Invitation> = {}): Invitation => ({
  id,
  networkId,
  role: 'member',
  category: 'citizen',
  reusable: false,
  expiresAt: '2026-12-06T10:00:00.000Z',
  revokedAt: null,
  useCount: 0,
  createdAt: '2026-11-22T10:00:00.000Z',
  createdByName: me.displayName,
  token: `token-${id}`,
  state: 'open',
  ...overrides,
});

export const session = (id: string, overrides: Partial<Session> = {}): Session => ({
  id,
  createdAt: '2026-11-20T09:00:00.000Z',
  lastSeenAt: '2026-11-22T09:00:00.000Z',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  current: false,
  ...overrides,
});
