import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageError } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { useT } from '../../lib/use-t';
import { notificationLink, notificationText } from './notification-text';
import { useMarkRead, useNotifications, type ListFilter } from './queries';

/**
 * My notifications, newest first: what I have not read is marked "Nieuw" and can be marked read
 * (opening it does that too). `more` shows "Meer laden" for older ones.
 */
export function NotificationList({ filter, empty, more = true }: { filter: ListFilter; empty: string; more?: boolean }) {
  const { t } = useT();
  const list = useNotifications(filter);
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isPending) return <Text role="status">{t('notifications:loading')}</Text>;
  if (!list.data) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0) return <Text>{empty}</Text>;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notifications:listLabel')}>
        {items.map((n) => {
          const unread = n.readAt === null;
          const open = () => {
            if (unread) markRead.mutate(n.id);
          };
          return (
            <li key={n.id}>
              <Group gap="xs" wrap="wrap" align="baseline" justify="space-between">
                <Group gap="xs" wrap="wrap" align="baseline" style={{ flex: '1 1 16rem' }}>
                  {unread && (
                    <Badge color="teal.9" variant="filled" size="sm">
                      {t('notifications:new')}
                    </Badge>
                  )}
                  <Anchor component={Link} to={notificationLink(n)} onClick={open} fw={unread ? 600 : undefined}>
                    {notificationText(t, n)}
                  </Anchor>
                  <Text span size="sm" c="dimmed">
                    <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  </Text>
                </Group>
                {unread && (
                  <Button variant="subtle" size="compact-sm" onClick={open} aria-label={t('notifications:markReadLabel', { text: notificationText(t, n) })}>
                    {t('notifications:markRead')}
                  </Button>
                )}
              </Group>
            </li>
          );
        })}
      </Stack>
      {more && list.hasNextPage && (
        <Group>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('notifications:more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
