import type { Notification } from '@broedplaats/contracts';
import { formatDateTime } from '../../lib/dates';
import { practicePagePath } from '../documents/paths';
import type { useT } from '../../lib/use-t';

type T = ReturnType<typeof useT>['t'];

/** A notification in plain words. A new kind gets a case here (tsc says when one is missing). */
export function notificationText(t: T, n: Notification): string {
  const actor = n.actor?.displayName ?? t('notifications:someone');
  const network = n.network?.name ?? t('notifications:aNetwork');
  switch (n.kind) {
    case 'member.roleChanged':
      return n.data.to === 'facilitator'
        ? t('notifications:text.madeFacilitator', { actor, network })
        : t('notifications:text.roleChanged', { actor, network, role: t(`members:role.${n.data.to}`) });
    case 'network.archived':
      return t('notifications:text.archived', { actor, network });
    case 'network.restored':
      return t('notifications:text.restored', { actor, network });
    case 'invitation.accepted':
      return t('notifications:text.invitationAccepted', { actor, network });
    case 'question.proposed':
      return t('notifications:text.questionProposed', { actor, network, title: n.data.title });
    case 'question.statusChanged':
      return t('notifications:text.questionStatusChanged', { actor, title: n.data.title, status: t(`agenda:status.${n.data.to}`) });
    case 'comment.mentioned':
      return t('notifications:text.mentioned', { actor, title: n.data.title });
    case 'meeting.scheduled':
      return t('notifications:text.meetingScheduled', { actor, network, title: n.data.title, count: n.data.count, date: formatDateTime(n.data.startsAt) });
    case 'meeting.rescheduled':
      return t('notifications:text.meetingRescheduled', { actor, title: n.data.title, date: formatDateTime(n.data.startsAt) });
    case 'meeting.cancelled':
      return t('notifications:text.meetingCancelled', { actor, title: n.data.title, date: formatDateTime(n.data.startsAt) });
    case 'actionItem.assigned':
      return t('notifications:text.actionAssigned', { actor, text: n.data.text, meeting: n.data.meetingTitle });
    case 'cycle.commented':
      return t('notifications:text.cycleCommented', { actor, title: n.data.title });
    case 'document.mentioned':
      return t('notifications:text.documentMentioned', { actor, title: n.data.title });
    case 'intervision.invited':
      return t('notifications:text.intervisionInvited', { actor, network, title: n.data.title, date: formatDateTime(n.data.startsAt) });
  }
}

/** Where a notification leads: the thing it is about. */
export function notificationLink(n: Notification): string {
  const network = n.network ? `/networks/${n.network.id}` : '/voor-mij';
  switch (n.kind) {
    case 'invitation.accepted':
      return n.network ? `${network}/leden` : network;
    case 'member.roleChanged':
    case 'network.archived':
    case 'network.restored':
      return network;
    case 'question.proposed':
    case 'question.statusChanged':
    case 'comment.mentioned':
      return n.network && n.subjectId ? `${network}/kennisagenda?vraag=${n.subjectId}` : network;
    case 'meeting.scheduled':
    case 'meeting.rescheduled':
    case 'meeting.cancelled':
    case 'actionItem.assigned':
      return n.network && n.subjectId ? `${network}/bijeenkomsten/${n.subjectId}` : network;
    case 'cycle.commented':
      return n.network && n.subjectId ? `${network}/cycli/${n.subjectId}` : network;
    case 'document.mentioned':
      // Minutes live on their meeting's page, practice pages in the practice tab.
      if (!n.network) return network;
      if (n.data.meetingId) return `${network}/bijeenkomsten/${n.data.meetingId}`;
      return n.subjectId ? practicePagePath(n.network.id, n.subjectId) : network;
    case 'intervision.invited':
      return n.network && n.subjectId ? `${network}/intervisie/${n.subjectId}` : network;
  }
}
