import { useEffect } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { PageError } from '../../app/PageState';
import { Panel } from '../../app/Panel';
import { formatDateTime } from '../../lib/dates';
import type { NetworkSectionProps } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { entryText } from './entry-text';
import { useActivity, useMarkSeen } from './queries';

/**
 * "Wat is er gebeurd" on Overzicht: the network's activity, newest first, live. What others did
 * since my last visit is marked "Nieuw"; showing it marks the network seen (again when a live entry
 * arrives while it is open), so the start page's count goes back to zero.
 */
export function ActivityList({ network }: NetworkSectionProps) {
  const { t } = useT();
  const activity = useActivity(network.id);
  const { mutate: markSeen } = useMarkSeen(network.id);
  const items = activity.data?.pages.flatMap((page) => page.items) ?? [];
  const newest = items[0]?.seq;

  useEffect(() => {
    if (activity.isSuccess) markSeen();
  }, [activity.isSuccess, newest, markSeen]);

  return (
    <Panel id="activity" title={t('activity:title')}>
      {activity.isPending ? (
        <Text role="status">{t('activity:loading')}</Text>
      ) : !activity.data ? (
        <PageError error={activity.error} onRetry={() => void activity.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('activity:empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('activity:listLabel')}>
            {items.map((item) => (
              <li key={item.id}>
                <Group gap="xs" wrap="wrap" align="baseline">
                  {item.isNew && (
                    <Badge color="teal.9" variant="filled" size="sm">
                      {t('activity:new')}
                    </Badge>
                  )}
                  <Text span fw={item.isNew ? 600 : undefined}>
                    {entryText(t, item)}
                  </Text>
                  <Text span size="sm" c="dimmed">
                    <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
          {activity.hasNextPage && (
            <Group>
              <Button variant="default" loading={activity.isFetchingNextPage} onClick={() => void activity.fetchNextPage()}>
                {activity.isFetchingNextPage ? t('activity:loadingMore') : t('activity:more')}
              </Button>
            </Group>
          )}
          {activity.isFetchNextPageError && <PageError error={activity.error} onRetry={() => void activity.fetchNextPage()} />}
        </Stack>
      )}
    </Panel>
  );
}
