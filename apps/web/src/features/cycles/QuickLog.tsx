import { useState } from 'react';
import { Button, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { notifySuccess, notifyWarning } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import './texts';
import { LogForm } from './LogForm';
import { PendingLogs } from './PendingLogs';
import { useCycle, useMyCycles } from './queries';
import { useOutboxStarted } from './use-outbox';

/**
 * On "Voor mij": log a try-out without finding the cycle first. One tap opens the form; with one
 * running cycle it is chosen already, with more it is one tap to pick.
 */
export function QuickLog() {
  const { t } = useT();
  useOutboxStarted();
  const mine = useMyCycles();
  const [open, setOpen] = useState(false);
  const running = (mine.data ?? []).filter((c) => c.status === 'running' && !c.formerOwner);
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = running.find((c) => c.id === picked) ?? (running.length === 1 ? running[0] : undefined);
  const detail = useCycle(chosen?.networkId ?? '', chosen?.id ?? '', open && Boolean(chosen));
  if (running.length === 0) return <PendingLogs />;

  return (
    <section aria-labelledby="quick-log">
      <Stack gap="sm">
        <Title order={2} id="quick-log" size="h3">
          {t('cycles:quick.title')}
        </Title>
        <PendingLogs />
        {!open ? (
          <Group>
            <Button size="md" leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={() => setOpen(true)}>
              {t('cycles:quick.open')}
            </Button>
          </Group>
        ) : (
          <Stack gap="sm">
            {running.length > 1 && (
              <Radio.Group label={t('cycles:quick.pick')} value={chosen?.id ?? null} onChange={setPicked}>
                <Stack gap={6} mt={6}>
                  {running.map((c) => (
                    <Radio.Card key={c.id} value={c.id} p="sm" radius="md">
                      <Group wrap="nowrap" gap="sm">
                        <Radio.Indicator />
                        <Stack gap={0}>
                          <Text fw={600}>{c.title}</Text>
                          <Text size="xs">{c.networkName}</Text>
                        </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </Stack>
              </Radio.Group>
            )}
            {chosen && !detail.data && <Loader size="sm" aria-label={t('common:loading')} />}
            {chosen && detail.data && (
              <LogForm
                key={chosen.id}
                networkId={chosen.networkId}
                cycle={detail.data}
                onCancel={() => setOpen(false)}
                onDone={(result) => {
                  setOpen(false);
                  setPicked(null);
                  if (result === 'sent') notifySuccess(t('cycles:log.sent'));
                  else if (result === 'waiting') notifyWarning(t('cycles:pending.waiting'), t('cycles:log.waiting'));
                }}
              />
            )}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
