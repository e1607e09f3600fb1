import { Badge } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { useNetworkNews } from './queries';

/** "3 nieuw" on a network of mine on the start page; nothing when there is no news (or it cannot be fetched). */
export function NewsBadge({ networkId }: { networkId: string }) {
  const { t } = useT();
  const count = useNetworkNews().data?.get(networkId) ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="teal.9" variant="filled" aria-label={t('activity:badgeLabel', { count })}>
      {t('activity:badge', { count })}
    </Badge>
  );
}
