import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../lib/use-t';
import { useUnreadNotifications } from './queries';

/** The bell in the top bar: how many notifications I have not read (live), and the way to them. */
export function NotificationBell() {
  const { t } = useT();
  const total = useUnreadNotifications().data?.total ?? 0;
  const label = total > 0 ? t('notifications:bellUnread', { count: total }) : t('notifications:bell');
  return (
    <Indicator label={total > 99 ? '99+' : total} size={18} color="red.8" disabled={total === 0} offset={4}>
      <ActionIcon component={Link} to="/meldingen" variant="subtle" color="dark" size="lg" aria-label={label}>
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
