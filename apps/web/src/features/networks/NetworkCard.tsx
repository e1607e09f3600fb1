import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { Link } from 'react-router-dom';
import type { Network } from '@broedplaats/contracts';
import { NewsBadge } from '../activity/NewsBadge';

/** `href`: where the name links to (visitors open the public profile page). */
export function NetworkCard({ network, headingOrder, href }: { network: Network; headingOrder: 2 | 3; href?: string }) {
  const { t } = useT();
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Title order={headingOrder} size="h4" mb={4}>
        <Anchor component={Link} to={href ?? `/networks/${network.id}`}>
          {network.name}
        </Anchor>
      </Title>
      <Text size="sm" mb="xs">
        {t(`networks:type.${network.type}`)} · {network.province}
        {network.region ? ` · ${network.region}` : ''}
      </Text>
      <Group gap={6}>
        <Badge variant="light" color={network.status === 'active' ? 'teal' : 'gray'}>
          {t(`networks:status.${network.status}`)}
        </Badge>
        {network.archived && <Badge variant="light" color="orange">{t('networks:archived')}</Badge>}
        {network.myRole && <Badge variant="light">{t(`members:role.${network.myRole}`)}</Badge>}
        <Badge variant="outline" color="gray.8">
          {t('networks:memberCount', { count: network.memberCount })}
        </Badge>
        {network.myRole && <NewsBadge networkId={network.id} />}
      </Group>
    </Card>
  );
}
