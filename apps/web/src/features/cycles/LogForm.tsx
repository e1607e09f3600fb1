import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { CycleDetail } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';
import { todayInAmsterdam, useLogDraft } from './draft';
import { enqueueLog, newClientId } from './outbox';

type Props = {
  networkId: string;
  cycle: Pick<CycleDetail, 'id' | 'title' | 'outcomes'>;
  /** After the log was kept: `sent` when the server has it, `waiting` when it waits for a connection. */
  onDone?: (result: 'sent' | 'waiting' | 'failed') => void;
  onCancel?: () => void;
};

const MOODS = ['1', '2', '3', '4', '5'] as const;

/**
 * A try-out in two minutes, with one thumb: four short answers, a mood, optional measurements. What is
 * typed is kept as a draft; the log itself goes to the outbox first, so no connection loses nothing.
 */
export function LogForm({ networkId, cycle, onDone, onCancel }: Props) {
  const { t } = useT();
  const { draft, setDraft, restored, savedAt, reset } = useLogDraft(cycle.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const indicators = cycle.outcomes.flatMap((o) => o.indicators);
  const today = todayInAmsterdam();
  const text = (name: 'did' | 'happened' | 'learned' | 'next') => ({
    value: draft[name],
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [name]: value }));
    },
    error: errors[name],
    autosize: true,
    minRows: 2,
    maxLength: 2000,
  });

  const validate = () => {
    const found: Record<string, string> = {};
    if (!draft.did.trim()) found.did = t('cycles:log.errors.did');
    if (!draft.date) found.date = t('cycles:log.errors.date');
    else if (draft.date > today) found.date = t('cycles:log.errors.future');
    for (const [id, value] of Object.entries(draft.values)) {
      if (value.trim() !== '' && !Number.isFinite(Number(value.replace(',', '.')))) found[`value.${id}`] = t('cycles:log.errors.number');
    }
    return found;
  };

  const submit = async () => {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const measurements = Object.entries(draft.values)
      .filter(([id, value]) => value.trim() !== '' && indicators.some((i) => i.id === id))
      .map(([indicatorId, value]) => ({ indicatorId, value: Number(value.replace(',', '.')) }));
    const result = await enqueueLog({
      networkId,
      cycleId: cycle.id,
      cycleTitle: cycle.title,
      body: {
        clientId: newClientId(),
        did: draft.did,
        happened: draft.happened,
        learned: draft.learned,
        next: draft.next,
        mood: draft.mood ? Number(draft.mood) : null,
        date: draft.date,
        measurements,
      },
    });
    reset();
    setBusy(false);
    onDone?.(result);
  };

  return (
    <form
      noValidate
      aria-label={t('cycles:log.formLabel', { title: cycle.title })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {restored && <Text size="sm">{t('cycles:log.restored')}</Text>}
        <Textarea label={t('cycles:log.did')} required data-autofocus autoFocus {...text('did')} />
        <Textarea label={t('cycles:log.happened')} {...text('happened')} />
        <Textarea label={t('cycles:log.learned')} {...text('learned')} />
        <Textarea label={t('cycles:log.next')} {...text('next')} />
        <Radio.Group label={t('cycles:log.mood')} description={t('cycles:log.moodHint')} value={draft.mood} onChange={(mood) => setDraft((d) => ({ ...d, mood }))}>
          <Group gap="xs" mt={6} wrap="nowrap">
            {MOODS.map((m) => (
              <Radio.Card key={m} value={m} p="xs" radius="md" w={48} ta="center" aria-label={t(`cycles:log.moods.${m}`)} style={{ minHeight: 44 }}>
                <Text fw={600}>{m}</Text>
              </Radio.Card>
            ))}
          </Group>
        </Radio.Group>
        {indicators.map((indicator) => (
          <NumberInput
            key={indicator.id}
            label={indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name}
            description={t('cycles:log.measureHint', { baseline: indicator.baseline, target: indicator.target })}
            inputMode="decimal"
            decimalSeparator=","
            value={draft.values[indicator.id] ?? ''}
            onChange={(value) => setDraft((d) => ({ ...d, values: { ...d.values, [indicator.id]: String(value).replace('.', ',') } }))}
            error={errors[`value.${indicator.id}`]}
          />
        ))}
        <TextInput type="date" label={t('cycles:log.date')} max={today} value={draft.date} onChange={(e) => {
            const date = e.currentTarget.value;
            setDraft((d) => ({ ...d, date }));
          }} error={errors.date} />
        {Object.keys(errors).length > 0 && (
          <Alert color="red" role="alert" title={t('cycles:log.errors.title')}>
            {Object.values(errors).join(' ')}
          </Alert>
        )}
        <Text size="xs" c="dimmed" aria-live="polite">
          {savedAt ? t('cycles:log.draftSaved') : ''}
        </Text>
        <Group grow>
          {onCancel && (
            <Button variant="default" size="md" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
          )}
          <Button type="submit" size="md" loading={busy}>
            {t('cycles:log.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
