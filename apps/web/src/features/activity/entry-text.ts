import type { ActivityEntry } from '@broedplaats/contracts';
import type { useT } from '../../lib/use-t';

type T = ReturnType<typeof useT>['t'];
const knownFields = ['name', 'domain', 'community', 'practice', 'province', 'region', 'type', 'status', 'startYear', 'focus', 'themeIds', 'partners', 'visibility'] as const;
type KnownField = (typeof knownFields)[number];
const isKnown = (field: string): field is KnownField => (knownFields as readonly string[]).includes(field);

/** Field names in plain words; a field this client does not know yet reads as "other details". */
function fieldList(t: T, fields: string[]): string {
  const words = [...new Set(fields.map((field) => (isKnown(field) ? t(`activity:fields.${field}`) : t('activity:fields.other'))))];
  return words.join(', ');
}

/** One line saying what happened, with the names as they are now. */
export function entryText(t: T, entry: ActivityEntry): string {
  const actor = entry.actor?.displayName ?? t('activity:someone');
  const subject = entry.subject?.displayName ?? t('activity:someone');
  switch (entry.kind) {
    case 'network.created':
      return t('activity:entry.network.created', { actor });
    case 'network.profileChanged':
      return t('activity:entry.network.profileChanged', { actor, fields: fieldList(t, entry.data.fields) });
    case 'network.archived':
      return t('activity:entry.network.archived', { actor });
    case 'network.restored':
      return t('activity:entry.network.restored', { actor });
    case 'member.joined':
      return entry.data.role === 'facilitator' ? t('activity:entry.member.joinedAsFacilitator', { subject }) : t('activity:entry.member.joined', { subject });
    case 'member.left':
      return t('activity:entry.member.left', { subject });
    case 'member.removed':
      return t('activity:entry.member.removed', { actor, subject });
    case 'member.roleChanged':
      return t('activity:entry.member.roleChanged', { actor, subject, role: t(`members:role.${entry.data.to}`) });
    case 'practicePage.created':
      return t('activity:entry.practicePage.created', { actor, title: entry.data.title });
    case 'question.proposed':
      return t('activity:entry.question.proposed', { actor, title: entry.data.title });
    case 'question.statusChanged':
      return t('activity:entry.question.statusChanged', { actor, title: entry.data.title, status: t(`agenda:status.${entry.data.to}`) });
    case 'question.returned':
      return t('activity:entry.question.returned', { title: entry.data.title });
    case 'meeting.scheduled':
      return entry.data.count > 1
        ? t('activity:entry.meeting.scheduledSeries', { actor, title: entry.data.title, count: entry.data.count })
        : t('activity:entry.meeting.scheduled', { actor, title: entry.data.title });
    case 'meeting.rescheduled':
      return t('activity:entry.meeting.rescheduled', { actor, title: entry.data.title });
    case 'meeting.cancelled':
      return t('activity:entry.meeting.cancelled', { actor, title: entry.data.title });
    case 'actionItem.unassigned':
      return t('activity:entry.actionItem.unassigned', { subject, count: entry.data.texts.length });
    case 'cycle.started':
      return t('activity:entry.cycle.started', { actor, title: entry.data.title });
    case 'cycle.logged':
      return t('activity:entry.cycle.logged', { actor, title: entry.data.title });
    case 'cycle.phaseChanged':
      return t('activity:entry.cycle.phaseChanged', { actor, title: entry.data.title, phase: t(`activity:cyclePhase.${entry.data.to}`) });
    case 'cycle.closed':
      return t('activity:entry.cycle.closed', { actor, title: entry.data.title });
    case 'cycle.handedOver':
      return t('activity:entry.cycle.handedOver', { subject, title: entry.data.title });
  }
}
