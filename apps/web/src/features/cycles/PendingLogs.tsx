import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { discardLog, useOutbox } from './outbox';

/** The logs still in this browser: waiting for a connection, or refused (with a way to drop them). */
export function PendingLogs({ cycleId }: { cycleId?: string }) {
  const { t } = useT();
  const items = useOutbox((s) => s.items).filter((i) => !cycleId || i.cycleId === cycleId);
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="ul" aria-label={t('cycles:pending.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Paper component="li" key={item.body.clientId} withBorder p="xs" radius="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              {!cycleId && <Text size="sm" fw={600}>{item.cycleTitle}</Text>}
              <Text size="sm" lineClamp={2}>
                {item.body.did}
              </Text>
            </Stack>
            {item.state === 'waiting' ? (
              <Badge color="orange" variant="light">
                {t('cycles:pending.waiting')}
              </Badge>
            ) : (
              <Group gap={4} wrap="nowrap">
                <Badge color="red" variant="light">
                  {t('cycles:pending.failed')}
                </Badge>
                <Button size="compact-sm" variant="subtle" onClick={() => discardLog(item.body.clientId)}>
                  {t('cycles:pending.discard')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
