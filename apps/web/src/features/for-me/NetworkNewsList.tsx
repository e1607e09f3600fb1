import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useT } from '../../lib/use-t';
import { NewsBadge } from '../activity/NewsBadge';
import { useNetworkNews } from '../activity/queries';
import { useNetwork } from '../networks/queries';

function NetworkWithNews({ networkId }: { networkId: string }) {
  const network = useNetwork(networkId);
  if (!network.data) return null;
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        {/* Overzicht shows what is new there, and marks it seen. */}
        <Anchor component={Link} to={`/networks/${networkId}`} fw={600}>
          {network.data.name}
        </Anchor>
        <NewsBadge networkId={networkId} />
      </Group>
    </li>
  );
}

/** "New since your last visit", per network of mine that has any: the start page's markers, in one list. */
export function NetworkNewsList() {
  const { t } = useT();
  const news = useNetworkNews();
  if (news.isPending) return null;
  const withNews = [...(news.data ?? new Map<string, number>())].filter(([, count]) => count > 0).map(([id]) => id);
  if (withNews.length === 0) return <Text>{t('forMe:noNetworkNews')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('forMe:networkNewsLabel')}>
      {withNews.map((id) => (
        <NetworkWithNews key={id} networkId={id} />
      ))}
    </Stack>
  );
}
