import { useState } from 'react';
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { INTERVISION_TITLE_MAX, type IntervisionSessionSummary, type PlanSessionBody, type SessionRole } from '@broedplaats/contracts';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';
import { useMethods } from './queries';

type Props = {
  networkId: string;
  initial?: IntervisionSessionSummary;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: PlanSessionBody) => void;
  onCancel: () => void;
};

/** `2026-06-01T14:00` in this browser's clock, as the datetime field shows it. */
const localInput = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const person = (s: IntervisionSessionSummary | undefined, role: SessionRole) => s?.people.find((p) => p.role === role)?.person.id ?? null;

/** Title (general, no case details), method, time, and people in their roles: planning and changing until it starts. */
export function PlanForm({ networkId, initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useT();
  const lang = currentLanguage();
  const members = useMembers(networkId, true);
  const methods = useMethods(networkId);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [methodId, setMethodId] = useState<string | null>(initial?.method.id ?? null);
  const [startsAt, setStartsAt] = useState(initial ? localInput(initial.startsAt) : '');
  const [caseOwner, setCaseOwner] = useState<string | null>(person(initial, 'case-owner'));
  const [lead, setLead] = useState<string | null>(person(initial, 'lead'));
  const [timekeeper, setTimekeeper] = useState<string | null>(person(initial, 'timekeeper'));
  const [participants, setParticipants] = useState<string[]>(initial?.people.filter((p) => p.role === 'participant').map((p) => p.person.id) ?? []);
  const fields = fieldErrors(t, error);
  const people = (members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }));
  const taken = (except: string | null) => new Set([caseOwner, lead, timekeeper, ...participants].filter((id) => id && id !== except));
  const choices = (current: string | null) => people.filter((p) => !taken(current).has(p.value));
  const peopleError = Object.keys(fields).some((k) => k.startsWith('people')) ? t('intervision:plan.peopleError') : undefined;

  const submit = () => {
    const roles: { userId: string; role: SessionRole }[] = [
      ...(caseOwner ? [{ userId: caseOwner, role: 'case-owner' as const }] : []),
      ...(lead ? [{ userId: lead, role: 'lead' as const }] : []),
      ...(timekeeper ? [{ userId: timekeeper, role: 'timekeeper' as const }] : []),
      ...participants.map((userId) => ({ userId, role: 'participant' as const })),
    ];
    onSubmit({ title, methodId: methodId ?? '', startsAt: startsAt ? new Date(startsAt).toISOString() : '', people: roles });
  };

  return (
    <form
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('intervision:plan.name')} description={t('intervision:plan.nameHint')} required maxLength={INTERVISION_TITLE_MAX} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('intervision:plan.method')}
            required
            value={methodId}
            onChange={setMethodId}
            data={(methods.data ?? []).map((m) => ({ value: m.id, label: `${m.name[lang]} (${t('intervision:methods.minutes', { count: m.totalMinutes })})` }))}
            error={fields.methodId}
          />
          <TextInput type="datetime-local" label={t('intervision:plan.startsAt')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={fields.startsAt} />
          <Select label={t('intervision:plan.caseOwner')} required searchable value={caseOwner} onChange={setCaseOwner} data={choices(caseOwner)} error={peopleError} />
          <Select label={t('intervision:plan.lead')} required searchable value={lead} onChange={setLead} data={choices(lead)} />
          <Select label={t('intervision:plan.timekeeper')} clearable searchable placeholder={t('intervision:plan.nobody')} value={timekeeper} onChange={setTimekeeper} data={choices(timekeeper)} />
          <MultiSelect label={t('intervision:plan.participants')} searchable value={participants} onChange={setParticipants} data={people.filter((p) => !taken(null).has(p.value) || participants.includes(p.value))} />
        </SimpleGrid>
        {Boolean(error) && Object.keys(fields).length === 0 && (
          <Text c="red.8" role="alert">
            {errorMessage(t, error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('intervision:plan.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
