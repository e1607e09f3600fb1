import { z } from 'zod';
import { Id, Timestamp, multiline, page } from './common';

export const provinces = [
  'Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland',
  'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg',
] as const;
export const Province = z.enum(provinces);
export type Province = z.infer<typeof Province>;

export const NetworkType = z.enum([
  'academic-workplace', 'practice-oriented', 'thematic', 'wmo-partnership', 'learning-network', 'werkplaats',
]);
export type NetworkType = z.infer<typeof NetworkType>;

/** `unknown` exists only for imported records whose source does not say; people choose the other three. */
export const NetworkStatus = z.enum(['active', 'paused', 'stopped', 'unknown']);
export type NetworkStatus = z.infer<typeof NetworkStatus>;

/** The four O's: onderzoek, ontwikkeling, onderwijs, ondersteuning. */
export const Focus = z.enum(['research', 'development', 'education', 'support']);
export type Focus = z.infer<typeof Focus>;

export const Visibility = z.enum(['public', 'members']);
export type Visibility = z.infer<typeof Visibility>;

export const PartnerKind = z.enum([
  'municipality', 'university-of-applied-sciences', 'university', 'lectorate', 'care-organisation',
  'welfare-organisation', 'education-mbo', 'citizen-initiative', 'insurer', 'public-health',
  'knowledge-institute', 'other',
]);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const NetworkRole = z.enum(['facilitator', 'member']);
export type NetworkRole = z.infer<typeof NetworkRole>;

export const ParticipantCategory = z.enum([
  'professional', 'citizen', 'student', 'researcher', 'policy-officer', 'other',
]);
export type ParticipantCategory = z.infer<typeof ParticipantCategory>;

export const Engagement = z.number().int().min(1).max(5);

/** A partner organisation; the same organisation is reused across networks (matched by name). */
export const Partner = z.object({ id: Id, name: z.string(), kind: PartnerKind });
export type Partner = z.infer<typeof Partner>;
export const PartnerInput = z.object({ name: z.string().trim().min(2).max(160), kind: PartnerKind });
export type PartnerInput = z.infer<typeof PartnerInput>;
export const PartnerSearchQuery = z.object({ q: z.string().trim().max(100).default('') });
export const PartnerList = z.array(Partner);

const currentYear = () => new Date().getUTCFullYear();

/** The editable fields, without defaults, so a partial edit never resets what was not sent. */
const networkFields = {
  name: z.string().trim().min(3).max(120),
  /** Wenger: the shared concern, the people, the shared repertoire. */
  domain: z.string().trim().max(2000),
  community: z.string().trim().max(2000),
  practice: z.string().trim().max(2000),
  province: Province,
  region: z.string().trim().max(160),
  type: NetworkType,
  status: NetworkStatus.exclude(['unknown']),
  startYear: z.number().int().min(1990).refine((y) => y <= currentYear() + 1, 'Start year is in the future').nullable(),
  focus: z.array(Focus).max(4).refine((f) => new Set(f).size === f.length, 'Each focus once'),
  themeIds: z.array(z.string().min(1).max(80)).max(28),
  partners: z.array(PartnerInput).max(60),
  visibility: Visibility,
  /** The facilitator's welcome on Overzicht: plain text, line breaks kept; members only. */
  welcome: multiline(2000),
};

export const NetworkBody = z.object({
  ...networkFields,
  domain: networkFields.domain.default(''),
  community: networkFields.community.default(''),
  practice: networkFields.practice.default(''),
  region: networkFields.region.default(''),
  status: networkFields.status.default('active'),
  startYear: networkFields.startYear.default(null),
  focus: networkFields.focus.default([]),
  themeIds: networkFields.themeIds.default([]),
  partners: networkFields.partners.default([]),
  visibility: networkFields.visibility.default('members'),
  welcome: networkFields.welcome.default(''),
});
export type NetworkBody = z.input<typeof NetworkBody>;
export type NetworkInput = z.output<typeof NetworkBody>;

/** Partial edit: only the fields sent change. `partners` and `themeIds`, when sent, replace the whole list. */
export const UpdateNetworkBody = z.object(networkFields).partial().refine((body) => Object.keys(body).length > 0, {
  message: 'Nothing to change',
});
export type UpdateNetworkBody = z.input<typeof UpdateNetworkBody>;

/** A platform admin's facilitator-on-duty shift in a network: until when it lasts. */
export const DutyShiftEnd = z.object({ endsAt: Timestamp });
export type DutyShiftEnd = z.infer<typeof DutyShiftEnd>;

export const Network = z.object({
  id: Id,
  name: z.string(),
  domain: z.string(),
  community: z.string(),
  practice: z.string(),
  province: Province,
  region: z.string(),
  type: NetworkType,
  status: NetworkStatus,
  startYear: z.number().int().nullable(),
  focus: z.array(Focus),
  themeIds: z.array(z.string()),
  partners: z.array(Partner),
  visibility: Visibility,
  archived: z.boolean(),
  memberCount: z.number().int(),
  /** The caller's own role; null when the caller is not a member (public profile). */
  myRole: NetworkRole.nullable(),
  /** Set while the caller, a platform admin and no member, is facilitator-on-duty here (they manage profile and people). */
  onDuty: DutyShiftEnd.nullable(),
  /** The facilitators' welcome; only members get it (absent from public profiles and for non-members). */
  welcome: z.string().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Network = z.infer<typeof Network>;

/** How a list is ordered; without `sort`: by relevance when searching, else mine by last change and public by name. */
export const NetworkSort = z.enum(['relevance', 'name', 'updated']);
export type NetworkSort = z.infer<typeof NetworkSort>;

/**
 * `mine`: the networks I am in. `public` (Ontdek): public networks I am not in. `q` searches name,
 * region, the domain/community/practice texts, theme names and partner names (Dutch stemming).
 */
export const NetworkListQuery = z.object({
  scope: z.enum(['mine', 'public']).default('mine'),
  q: z.string().trim().max(100).default(''),
  province: Province.optional(),
  theme: z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/).optional(),
  type: NetworkType.optional(),
  status: NetworkStatus.optional(),
  sort: NetworkSort.optional(),
  includeArchived: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NetworkListQuery = z.input<typeof NetworkListQuery>;
export const NetworkPage = page(Network);

export const Member = z.object({
  userId: Id,
  displayName: z.string(),
  /** From the person's own profile; empty when they said nothing. */
  organisation: z.string(),
  bio: z.string(),
  role: NetworkRole,
  category: ParticipantCategory,
  /** Betrokkenheid 1-5: sent only to the network's facilitators and to the member themselves. */
  engagement: Engagement.optional(),
  joinedAt: Timestamp,
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.array(Member);

export const UpdateMemberBody = z
  .object({ role: NetworkRole.optional(), category: ParticipantCategory.optional(), engagement: Engagement.optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateMemberBody = z.input<typeof UpdateMemberBody>;
