import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { IndicatorDirection } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';

export type IndicatorValues = { id?: string; name: string; unit: string; direction: IndicatorDirection; baseline: number | ''; target: number | '' };
export type OutcomeValues = { id?: string; text: string; indicators: IndicatorValues[] };

const newIndicator = (): IndicatorValues => ({ name: '', unit: '', direction: 'higher', baseline: '', target: '' });

/** Intended outcomes, each with the indicators that show whether it comes closer. */
export function OutcomesEditor({ value, onChange }: { value: OutcomeValues[]; onChange: (next: OutcomeValues[]) => void }) {
  const { t } = useT();
  const setOutcome = (index: number, next: Partial<OutcomeValues>) => onChange(value.map((o, i) => (i === index ? { ...o, ...next } : o)));
  const setIndicator = (oi: number, ii: number, next: Partial<IndicatorValues>) =>
    setOutcome(oi, { indicators: value[oi].indicators.map((ind, i) => (i === ii ? { ...ind, ...next } : ind)) });
  return (
    <Stack gap="sm">
      {value.map((outcome, oi) => (
        <Paper key={outcome.id ?? `new-${oi}`} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <Textarea
                style={{ flex: 1 }}
                autosize
                label={t('cycles:form.outcome', { number: oi + 1 })}
                value={outcome.text}
                onChange={(e) => setOutcome(oi, { text: e.currentTarget.value })}
              />
              <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('cycles:form.removeOutcome', { number: oi + 1 })} onClick={() => onChange(value.filter((_, i) => i !== oi))}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            {outcome.indicators.map((ind, ii) => (
              <Stack key={ind.id ?? `new-${ii}`} gap={6} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
                <Group grow align="flex-end">
                  <TextInput label={t('cycles:form.indicatorName')} value={ind.name} onChange={(e) => setIndicator(oi, ii, { name: e.currentTarget.value })} />
                  <TextInput label={t('cycles:form.indicatorUnit')} placeholder={t('cycles:form.indicatorUnitHint')} value={ind.unit} onChange={(e) => setIndicator(oi, ii, { unit: e.currentTarget.value })} />
                </Group>
                <Group grow align="flex-end">
                  <Select
                    label={t('cycles:form.direction')}
                    allowDeselect={false}
                    value={ind.direction}
                    onChange={(v) => setIndicator(oi, ii, { direction: (v ?? 'higher') as IndicatorDirection })}
                    data={[{ value: 'higher', label: t('cycles:direction.higher') }, { value: 'lower', label: t('cycles:direction.lower') }]}
                  />
                  <NumberInput label={t('cycles:form.baseline')} decimalSeparator="," value={ind.baseline} onChange={(v) => setIndicator(oi, ii, { baseline: v === '' ? '' : Number(v) })} />
                  <NumberInput label={t('cycles:form.target')} decimalSeparator="," value={ind.target} onChange={(v) => setIndicator(oi, ii, { target: v === '' ? '' : Number(v) })} />
                </Group>
                <Group>
                  <Button size="compact-sm" variant="subtle" color="red.9" onClick={() => setOutcome(oi, { indicators: outcome.indicators.filter((_, i) => i !== ii) })}>
                    {t('cycles:form.removeIndicator', { name: ind.name || ii + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button size="compact-sm" variant="light" onClick={() => setOutcome(oi, { indicators: [...outcome.indicators, newIndicator()] })}>
                {t('cycles:form.addIndicator')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="sm" onClick={() => onChange([...value, { text: '', indicators: [newIndicator()] }])}>
          {t('cycles:form.addOutcome')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The outcomes as the API takes them; an indicator without a baseline or target counts from 0. */
export const outcomesBody = (outcomes: OutcomeValues[]) =>
  outcomes
    .filter((o) => o.text.trim() !== '')
    .map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      text: o.text,
      indicators: o.indicators
        .filter((i) => i.name.trim() !== '')
        .map((i) => ({ ...(i.id ? { id: i.id } : {}), name: i.name, unit: i.unit, direction: i.direction, baseline: i.baseline === '' ? 0 : i.baseline, target: i.target === '' ? 0 : i.target })),
    }));
