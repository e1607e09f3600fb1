import type { NetworkRole, Visibility } from '@broedplaats/contracts';
import { networkAccess } from '../networks/permissions';

/** Who asks about which network: their role there (null: not a member) and the network's state. */
export type NetworkSubject = { role: NetworkRole | null; isPlatformAdmin: boolean; visibility: Visibility; archived: boolean };

/**
 * The answer to "may they?": `hidden` is answered as 404, so a members-only network does not
 * reveal that it exists; the others map to their error codes.
 */
export type AccessVerdict = 'allowed' | 'hidden' | 'forbidden' | 'network_archived' | 'not_archived';

type Rule = (s: NetworkSubject) => AccessVerdict;

const visible: Rule = (s) => (networkAccess(s, s.visibility) === 'none' ? 'hidden' : 'allowed');
const member: Rule = (s) => (visible(s) === 'hidden' ? 'hidden' : s.role ? 'allowed' : 'forbidden');
const facilitator: Rule = (s) => (member(s) !== 'allowed' ? member(s) : s.role === 'facilitator' ? 'allowed' : 'forbidden');
const changing =
  (rule: Rule): Rule =>
  (s) => {
    const verdict = rule(s);
    return verdict === 'allowed' && s.archived ? 'network_archived' : verdict;
  };

/**
 * Every permission inside a network, with its rule. A capability adds its permissions here (and a
 * row to the spec), and asks through the api's one access check; an archived network is read-only
 * everywhere because every change goes through `changing`.
 */
export const networkPermissions = {
  /** The profile: members, and anyone for a public network. */
  'network.view': visible,
  /** Members, partners, presence and everything inside. */
  'network.read': member,
  'network.change': changing(facilitator),
  'network.restore': (s) => (facilitator(s) !== 'allowed' ? facilitator(s) : s.archived ? 'allowed' : 'not_archived'),
  /** Invitation links carry secrets: facilitators only, also to look back on an archived network. */
  'invitations.read': facilitator,
  'invitations.manage': changing(facilitator),
  'members.manage': facilitator,
} satisfies Record<string, Rule>;

export type NetworkPermission = keyof typeof networkPermissions;

export function judgeAccess(permission: NetworkPermission, subject: NetworkSubject): AccessVerdict {
  return networkPermissions[permission](subject);
}
