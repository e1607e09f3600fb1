import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowUp, IconTrash } from '@tabler/icons-react';
import { PhaseCollects, PhaseSpeaker, type CreateMethodBody, type MethodPhase } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';

type Props = { initial: CreateMethodBody; pending: boolean; error: unknown; onSubmit: (body: CreateMethodBody) => void; onCancel: () => void };

/** A method's template with its phases; the server's zod schema judges it and names the fields that are wrong. */
export function MethodEditor({ initial, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useT();
  const [m, setM] = useState(initial);
  const fields = fieldErrors(t, error);
  const setPhase = (i: number, patch: Partial<MethodPhase>) => setM((x) => ({ ...x, phases: x.phases.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const move = (i: number) => setM((x) => ({ ...x, phases: x.phases.map((p, j) => (j === i - 1 ? x.phases[i]! : j === i ? x.phases[i - 1]! : p)) }));
  const f = (path: string) => fields[path];

  return (
    <form
      aria-label={t('intervision:methods.form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(m);
      }}
    >
      <Stack gap="sm">
        <Title order={4}>{t('intervision:methods.form.title')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('intervision:methods.form.nameNl')} required value={m.name.nl} onChange={(e) => setM({ ...m, name: { ...m.name, nl: e.currentTarget.value } })} error={f('name.nl')} />
          <TextInput label={t('intervision:methods.form.nameEn')} required value={m.name.en} onChange={(e) => setM({ ...m, name: { ...m.name, en: e.currentTarget.value } })} error={f('name.en')} />
          <Textarea label={t('intervision:methods.form.purposeNl')} required autosize value={m.purpose.nl} onChange={(e) => setM({ ...m, purpose: { ...m.purpose, nl: e.currentTarget.value } })} error={f('purpose.nl')} />
          <Textarea label={t('intervision:methods.form.purposeEn')} required autosize value={m.purpose.en} onChange={(e) => setM({ ...m, purpose: { ...m.purpose, en: e.currentTarget.value } })} error={f('purpose.en')} />
          <NumberInput label={t('intervision:methods.form.minPeople')} min={2} max={16} value={m.groupSize.min} onChange={(v) => setM({ ...m, groupSize: { ...m.groupSize, min: Number(v) || 2 } })} error={f('groupSize.min')} />
          <NumberInput label={t('intervision:methods.form.maxPeople')} min={2} max={16} value={m.groupSize.max} onChange={(v) => setM({ ...m, groupSize: { ...m.groupSize, max: Number(v) || 2 } })} error={f('groupSize.max')} />
        </SimpleGrid>
        {f('phases') && (
          <Text c="red.8" size="sm" role="alert">
            {t('intervision:methods.form.phasesError')}
          </Text>
        )}
        {m.phases.map((p, i) => {
          const n = i + 1;
          const pf = (name: string) => f(`phases.${i}.${name}`);
          return (
            <Fieldset key={i} legend={t('intervision:methods.form.phase', { n })}>
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('intervision:methods.form.phaseNameNl')} required value={p.name.nl} onChange={(e) => setPhase(i, { name: { ...p.name, nl: e.currentTarget.value } })} error={pf('name.nl')} />
                  <TextInput label={t('intervision:methods.form.phaseNameEn')} required value={p.name.en} onChange={(e) => setPhase(i, { name: { ...p.name, en: e.currentTarget.value } })} error={pf('name.en')} />
                  <Textarea label={t('intervision:methods.form.instructionsNl')} required autosize value={p.instructions.nl} onChange={(e) => setPhase(i, { instructions: { ...p.instructions, nl: e.currentTarget.value } })} error={pf('instructions.nl')} />
                  <Textarea label={t('intervision:methods.form.instructionsEn')} required autosize value={p.instructions.en} onChange={(e) => setPhase(i, { instructions: { ...p.instructions, en: e.currentTarget.value } })} error={pf('instructions.en')} />
                  <TextInput label={t('intervision:methods.form.key')} required value={p.key} onChange={(e) => setPhase(i, { key: e.currentTarget.value })} error={pf('key')} />
                  <NumberInput label={t('intervision:methods.form.minutes')} min={1} max={240} value={p.minutes} onChange={(v) => setPhase(i, { minutes: Number(v) || 1 })} error={pf('minutes')} />
                  <Select label={t('intervision:methods.form.speaker')} allowDeselect={false} value={p.speaker} onChange={(v) => v && setPhase(i, { speaker: v as MethodPhase['speaker'] })} data={PhaseSpeaker.options.map((value) => ({ value, label: t(`intervision:speaker.${value}`) }))} />
                  <Select label={t('intervision:methods.form.collects')} allowDeselect={false} value={p.collects} onChange={(v) => v && setPhase(i, { collects: v as MethodPhase['collects'] })} data={PhaseCollects.options.map((value) => ({ value, label: t(`intervision:collects.${value}`) }))} />
                </SimpleGrid>
                <Group justify="space-between">
                  <Checkbox label={t('intervision:methods.form.listensOnly')} checked={p.caseOwnerListensOnly} onChange={(e) => setPhase(i, { caseOwnerListensOnly: e.currentTarget.checked })} />
                  <Group gap={4}>
                    {i > 0 && (
                      <ActionIcon variant="default" aria-label={t('intervision:methods.form.up', { n })} onClick={() => move(i)}>
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                    )}
                    <ActionIcon variant="default" aria-label={t('intervision:methods.form.removePhase', { n })} disabled={m.phases.length <= 2} onClick={() => setM({ ...m, phases: m.phases.filter((_, j) => j !== i) })}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="default" onClick={() => setM({ ...m, phases: [...m.phases, { key: `stap-${m.phases.length + 1}`, name: { nl: '', en: '' }, instructions: { nl: '', en: '' }, minutes: 10, speaker: 'group', collects: 'none', caseOwnerListensOnly: false }] })}>
            {t('intervision:methods.form.addPhase')}
          </Button>
        </Group>
        {Boolean(error) && Object.keys(fields).length === 0 && (
          <Text c="red.8" role="alert">
            {errorMessage(t, error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {t('intervision:methods.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('intervision:methods.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
