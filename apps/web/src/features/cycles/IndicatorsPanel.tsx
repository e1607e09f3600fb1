import { Suspense, useState } from 'react';
import { Anchor, Button, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { pathOf, cycleRoutes, type CycleDetail, type Indicator } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { lazyComponent } from '../../lib/lazy-component';
import { useT } from '../../lib/use-t';
import { todayInAmsterdam } from './draft';
import type { ChartPoint } from './IndicatorChart';
import { useAddMeasurement } from './queries';

const IndicatorChart = lazyComponent(() => import('./IndicatorChart'), (m) => m.IndicatorChart);

/** A small chart per indicator, side by side (small multiples), each with its table; owners add a measurement. */
export function IndicatorsPanel({ networkId, cycle, canEdit, csvHref }: { networkId: string; cycle: CycleDetail; canEdit: boolean; csvHref?: string }) {
  const { t } = useT();
  const indicators = cycle.outcomes.flatMap((o) => o.indicators);
  if (indicators.length === 0) return <Text>{t('cycles:indicators.none')}</Text>;
  const pointsOf = (indicator: Indicator): ChartPoint[] =>
    cycle.measurements
      .filter((m) => m.indicatorId === indicator.id)
      .map((m) => ({ date: m.date, value: m.value, iteration: m.iteration }))
      .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {indicators.map((indicator) => {
          const points = pointsOf(indicator);
          return (
            <Paper key={indicator.id} withBorder p="sm" radius="md" component="figure" m={0}>
              <Text fw={600} component="figcaption">
                {indicator.name}
                {indicator.unit && ` (${indicator.unit})`}
              </Text>
              <Text size="xs">
                {t('cycles:indicators.summary', { baseline: indicator.baseline, target: indicator.target, direction: t(`cycles:direction.${indicator.direction}`) })}
              </Text>
              {points.length > 0 ? (
                <Suspense fallback={<Loader size="sm" aria-label={t('common:loading')} />}>
                  <IndicatorChart indicator={indicator} points={points} />
                </Suspense>
              ) : (
                <Text size="sm" my="sm">
                  {t('cycles:indicators.noPoints')}
                </Text>
              )}
              <details>
                <summary>{t('cycles:indicators.asTable')}</summary>
                <Table aria-label={t('cycles:indicators.tableOf', { name: indicator.name })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('cycles:indicators.date')}</Table.Th>
                      <Table.Th>{t('cycles:indicators.value')}</Table.Th>
                      <Table.Th>{t('cycles:indicators.iteration')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {points.map((p, i) => (
                      <Table.Tr key={`${p.date}-${i}`}>
                        <Table.Td>{p.date}</Table.Td>
                        <Table.Td>{p.value}</Table.Td>
                        <Table.Td>{p.iteration}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </details>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Group>
        <Anchor href={csvHref ?? pathOf(cycleRoutes.cycleMeasurementsCsv, { networkId, cycleId: cycle.id })} download>
          {t('cycles:indicators.csv')}
        </Anchor>
      </Group>
      {canEdit && <MeasurementForm networkId={networkId} cycleId={cycle.id} indicators={indicators} />}
    </Stack>
  );
}

function MeasurementForm({ networkId, cycleId, indicators }: { networkId: string; cycleId: string; indicators: Indicator[] }) {
  const { t } = useT();
  const add = useAddMeasurement(networkId, cycleId);
  const [indicatorId, setIndicatorId] = useState<string | null>(indicators[0]?.id ?? null);
  const [value, setValue] = useState<number | ''>('');
  const [date, setDate] = useState(todayInAmsterdam());
  const [note, setNote] = useState('');
  return (
    <form
      aria-label={t('cycles:measure.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!indicatorId || value === '') return;
        add.mutate({ indicatorId, value, date, note }, { onSuccess: () => (setValue(''), setNote('')) });
      }}
    >
      <Stack gap="xs">
        <Text fw={600}>{t('cycles:measure.title')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select label={t('cycles:measure.indicator')} allowDeselect={false} value={indicatorId} onChange={setIndicatorId} data={indicators.map((i) => ({ value: i.id, label: i.name }))} />
          <NumberInput label={t('cycles:measure.value')} required decimalSeparator="," value={value} onChange={(v) => setValue(v === '' ? '' : Number(v))} />
          <TextInput type="date" label={t('cycles:log.date')} max={todayInAmsterdam()} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        </SimpleGrid>
        <TextInput label={t('cycles:measure.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {add.isError && (
          <Text c="red" role="alert">
            {errorMessage(t, add.error)}
          </Text>
        )}
        <div>
          <Button type="submit" variant="light" loading={add.isPending} disabled={value === ''}>
            {t('cycles:measure.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
