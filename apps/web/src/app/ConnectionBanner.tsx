import { Group, Text } from '@mantine/core';
import { IconPlugConnected, IconWifiOff } from '@tabler/icons-react';
import { useConnectionStore } from '../lib/connection';
import { useT } from '../lib/use-t';
import classes from './ConnectionBanner.module.css';

/**
 * Tells people when the live connection is lost and when it is back. The live region is always in the
 * page, because screen readers only announce changes inside a region they already know about.
 */
export function ConnectionBanner() {
  const { t } = useT();
  const notice = useConnectionStore((state) => state.notice);
  return (
    <div role="status" aria-live="polite" className={classes.region}>
      {notice && (
        <Group gap="xs" wrap="nowrap" className={classes.banner} data-notice={notice}>
          {notice === 'offline' ? <IconWifiOff aria-hidden size={18} /> : <IconPlugConnected aria-hidden size={18} />}
          <Text size="sm" fw={600}>
            {notice === 'offline' ? t('common:connection.offline') : t('common:connection.back')}
          </Text>
        </Group>
      )}
    </div>
  );
}
