import type { NetworkRole, Visibility } from '@broedplaats/contracts';
import { networkAccess } from '../networks/permissions';

/**
 * Who asks about which network: their role there (null: not a member), the network's state, and
 * whether they are a platform admin on a facilitator-on-duty shift there (`onDuty`).
 */
export type NetworkSubject = { role: NetworkRole | null; isPlatformAdmin: boolean; onDuty: boolean; visibility: Visibility; archived: boolean };

/**
 * The answer to "may they?": `hidden` is answered as 404, so a members-only network does not
 * reveal that it exists; the others map to their error codes.
 */
export type AccessVerdict = 'allowed' | 'hidden' | 'forbidden' | 'network_archived' | 'not_archived';

type Rule = (s: NetworkSubject) => AccessVerdict;

const visible: Rule = (s) => (networkAccess(s, s.visibility) === 'none' ? 'hidden' : 'allowed');
const member: Rule = (s) => (visible(s) === 'hidden' ? 'hidden' : s.role ? 'allowed' : 'forbidden');
const facilitator: Rule = (s) => (member(s) !== 'allowed' ? member(s) : s.role === 'facilitator' ? 'allowed' : 'forbidden');
/**
 * Facilitator-on-duty: a platform admin on a shift manages the network's profile and people as its
 * facilitators do, so the wrapped rule judges them as a facilitator (archived stays read-only). Only
 * the permissions wrapped in this honour a shift: the plain rules above ignore it, so content a
 * capability adds with `member` or `facilitator` stays closed to an on-duty admin.
 */
const orOnDuty =
  (rule: Rule): Rule =>
  (s) =>
    rule(s.onDuty && s.isPlatformAdmin ? { ...s, role: 'facilitator' } : s);
const changing =
  (rule: Rule): Rule =>
  (s) => {
    const verdict = rule(s);
    return verdict === 'allowed' && s.archived ? 'network_archived' : verdict;
  };

/**
 * The rules a capability builds its permissions from. None of them honours a facilitator-on-duty
 * shift: content (agenda, sessions, confidential cases) is for members only, whoever looks after the platform.
 */
export const accessRules = { visible, member, facilitator, changing } as const;

/**
 * Every permission inside a network, with its rule. A capability adds its permissions here (and a
 * row to the spec), and asks through the api's one access check; an archived network is read-only
 * everywhere because every change goes through `changing`. Only the network's own management
 * (profile, invitations, people) is wrapped in `orOnDuty`; a new permission is not, unless it is that.
 */
export const networkPermissions = {
  /** The profile: members, and anyone for a public network. */
  'network.view': orOnDuty(visible),
  /** Members, partners and the network's own pages (a capability's content brings its own permission). */
  'network.read': orOnDuty(member),
  'network.change': changing(orOnDuty(facilitator)),
  'network.restore': orOnDuty((s) => (facilitator(s) !== 'allowed' ? facilitator(s) : s.archived ? 'allowed' : 'not_archived')),
  /** Invitation links carry secrets: facilitators only, also to look back on an archived network. */
  'invitations.read': orOnDuty(facilitator),
  'invitations.manage': changing(orOnDuty(facilitator)),
  'members.manage': orOnDuty(facilitator),
  /** The shared agenda is members' content: never open to an on-duty admin, nor to a public network's visitors. */
  'agenda.read': member,
  /** Proposing, supporting, commenting, voting, taking a question on. */
  'agenda.propose': changing(member),
  /** Status, rounds, publishing: the facilitators'. */
  'agenda.manage': changing(facilitator),
  /** Meetings, their agenda items, decisions and action items: members only. */
  'meetings.read': member,
  /** Answering an RSVP, proposing an agenda item, checking in, finishing one's own action item. */
  'meetings.respond': changing(member),
  /** Scheduling, the agenda's order, attendance, live mode: facilitators. */
  'meetings.manage': changing(facilitator),
  /** Co-edited documents (practice pages, minutes): members' content; each kind's editing rule is in documents/. */
  'documents.read': member,
  /** Starting, renaming and editing documents. */
  'documents.write': changing(member),
  /** The practice pages' order, publishing minutes: facilitators. */
  'documents.manage': changing(facilitator),
  /**
   * Action-learning cycles: members only, and then each cycle by its visibility (`judgeCycle`);
   * never an on-duty admin, whatever the shift (a private cycle is its owners' alone).
   */
  'cycles.read': member,
  /** Starting a cycle; what an owner, coach or facilitator may do with one is `judgeCycle`'s. */
  'cycles.write': changing(member),
  /** The network's stale threshold and the half-year report: facilitators. */
  'cycles.manage': changing(facilitator),
  'cycles.report': facilitator,
  /**
   * Intervision: members only, and then each session's content to its participants alone
   * (`judgeSession`); never an on-duty admin, never a facilitator outside the session.
   */
  'intervision.read': member,
  /** Taking part (contributions, the case): what each role may do is `judgeSession`'s. */
  'intervision.write': changing(member),
  /** Planning sessions and the network's own methods: facilitators. */
  'intervision.plan': changing(facilitator),
  /** Shared reflections, aggregates and value stories: members; a journal is its writer's alone (no network rule opens it). */
  'reflection.read': member,
  'reflection.write': changing(member),
} satisfies Record<string, Rule>;

export type NetworkPermission = keyof typeof networkPermissions;

export function judgeAccess(permission: NetworkPermission, subject: NetworkSubject): AccessVerdict {
  return networkPermissions[permission](subject);
}
