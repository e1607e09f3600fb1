import { Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCloudOff, IconLoader2, IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import type { SyncStatus as Status } from './sync/provider';

const icons = { saved: IconCircleCheck, offline: IconCloudOff, saving: IconLoader2, connecting: IconLoader2, failed: IconAlertTriangle, closed: IconLock } as const;
const colours = { saved: undefined, offline: 'orange.9', saving: undefined, connecting: undefined, failed: 'red.8', closed: undefined } as const;

/**
 * Whether the server has every edit: "Opgeslagen", "Bezig met opslaan", or offline with the promise
 * that nothing is lost (the local copy keeps it). A polite live region, so a screen reader hears it change.
 */
export function SyncStatus({ status }: { status: Status }) {
  const { t } = useT();
  const Icon = icons[status];
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-status={status}>
      <Icon size={16} aria-hidden />
      <Text size="sm" c={colours[status]}>
        {t(`documents:status.${status}`)}
      </Text>
    </Group>
  );
}
