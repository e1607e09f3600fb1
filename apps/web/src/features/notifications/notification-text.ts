import type { Notification } from '@broedplaats/contracts';
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
  }
}
