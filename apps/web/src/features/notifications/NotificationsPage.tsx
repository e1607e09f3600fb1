import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { NotificationList } from './NotificationList';
import { useMarkAllRead, useUnreadNotifications } from './queries';

/** /meldingen: everything that concerns me, all or only what I have not read, with "mark all read". */
export function NotificationsPage() {
  const { t } = useT();
  usePageTitle(t('notifications:title'));
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const unread = useUnreadNotifications().data?.total ?? 0;
  const markAll = useMarkAllRead();

  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications:title')}</Title>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('notifications:show')}
          value={show}
          onChange={(value) => setShow(value as 'all' | 'unread')}
          data={[
            { value: 'all', label: t('notifications:showAll') },
            { value: 'unread', label: t('notifications:showUnread', { count: unread }) },
          ]}
        />
        {unread > 0 && (
          <Button variant="light" loading={markAll.isPending} onClick={() => markAll.mutate(null)}>
            {t('notifications:markAllRead')}
          </Button>
        )}
      </Group>
      <NotificationList filter={{ unreadOnly: show === 'unread' }} empty={show === 'unread' ? t('notifications:emptyUnread') : t('notifications:empty')} />
    </Stack>
  );
}
