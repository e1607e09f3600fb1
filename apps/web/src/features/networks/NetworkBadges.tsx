import { Badge, Group } from '@mantine/core';
import type { Network } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

/** Kind and status under a network's name, and the reader's own role when they have one. */
export function NetworkBadges({ network }: { network: Network }) {
  const { t } = useT();
  return (
    <Group gap={6}>
      <Badge variant="light">{t(`networks:type.${network.type}`)}</Badge>
      <Badge variant="light" color={network.status === 'active' ? 'teal' : 'gray'}>
        {t(`networks:status.${network.status}`)}
      </Badge>
      {network.myRole && <Badge variant="filled">{t('networks:page.yourRole', { role: t(`members:role.${network.myRole}`) })}</Badge>}
    </Group>
  );
}
