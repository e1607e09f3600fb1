import { Paper, Stack, Text } from '@mantine/core';
import type { SessionLog } from '@broedplaats/contracts';
import { formatDate } from '../../lib/dates';
import { useT } from '../../lib/use-t';

/** The try-outs logged in this cycle, newest first. */
export function LogList({ logs, indicatorName }: { logs: SessionLog[]; indicatorName: (id: string) => string }) {
  const { t } = useT();
  if (logs.length === 0) return <Text>{t('cycles:logs.none')}</Text>;
  const part = (label: string, text: string) =>
    text && (
      <Text size="sm">
        <Text span fw={600}>
          {label}:
        </Text>{' '}
        {text}
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" aria-label={t('cycles:logs.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {logs.map((log) => (
        <Paper key={log.id} component="li" withBorder p="sm" radius="md">
          <Text size="xs" mb={4}>
            {t('cycles:logs.meta', { date: formatDate(log.date), author: log.author?.displayName ?? t('cycles:formerMember'), phase: t(`cycles:phase.${log.phase}`), iteration: log.iteration })}
            {log.mood !== null && ` · ${t('cycles:logs.mood', { mood: log.mood })}`}
          </Text>
          {part(t('cycles:log.did'), log.did)}
          {part(t('cycles:log.happened'), log.happened)}
          {part(t('cycles:log.learned'), log.learned)}
          {part(t('cycles:log.next'), log.next)}
          {log.measurements.length > 0 && (
            <Text size="sm">{log.measurements.map((m) => `${indicatorName(m.indicatorId)}: ${m.value}`).join(' · ')}</Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
