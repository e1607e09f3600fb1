import { Alert, Button, Group, Text } from '@mantine/core';
import type { DutyShiftEnd } from '@broedplaats/contracts';
import { formatTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { useDuty } from './queries';

/** On a network page: the platform admin acts here as facilitator-on-duty until the shift ends, and can end it now. */
export function DutyBanner({ networkId, onDuty }: { networkId: string; onDuty: DutyShiftEnd }) {
  const { t } = useT();
  const { end } = useDuty(networkId);
  return (
    <Alert color="grape" variant="light" title={t('admin:duty.bannerTitle')}>
      <Group justify="space-between" gap="sm">
        <Text>
          {t('admin:duty.banner', { time: formatTime(onDuty.endsAt) })}
        </Text>
        <Button size="compact-md" variant="default" loading={end.isPending} onClick={() => end.mutate(undefined, { onError: (error) => notifyError(errorMessage(t, error)) })}>
          {t('admin:duty.end')}
        </Button>
      </Group>
    </Alert>
  );
}
