import { useState } from 'react';
import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { MAX_SERIES, MeetingType } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { meetingFieldErrors } from './form-errors';
import { useSchedule } from './queries';

/** One meeting or a series; times are what the clock in Amsterdam says, the server does daylight saving. */
export function ScheduleForm({ networkId, onDone }: { networkId: string; onDone: () => void }) {
  const { t } = useT();
  const schedule = useSchedule(networkId);
  const [kind, setKind] = useState<'single' | 'series'>('single');
  const [title, setTitle] = useState('');
  const [type, setType] = useState<MeetingType>('learning-circle');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [duration, setDuration] = useState<number | string>(120);
  const [count, setCount] = useState<number | string>(4);
  const [interval, setInterval] = useState<number | string>(3);
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [description, setDescription] = useState('');
  const fields = meetingFieldErrors(t, schedule.error);
  const common = { title, type, place, onlineUrl, description };

  return (
    <form
      aria-labelledby="schedule-heading"
      onSubmit={(event) => {
        event.preventDefault();
        schedule.mutate(
          kind === 'single'
            ? { kind, body: { ...common, start, end } }
            : { kind, body: { ...common, firstStart: start, durationMinutes: Number(duration), count: Number(count), intervalWeeks: Number(interval) } },
          {
            onSuccess: (made) => {
              notifySuccess(t('meetings:schedule.done', { count: made }));
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="schedule-heading">
          {t('meetings:schedule.heading')}
        </Title>
        <SegmentedControl
          aria-label={t('meetings:schedule.kind')}
          value={kind}
          onChange={(v) => setKind(v as 'single' | 'series')}
          data={[{ value: 'single', label: t('meetings:schedule.single') }, { value: 'series', label: t('meetings:schedule.series') }]}
        />
        <TextInput label={t('meetings:schedule.title')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
        <Select
          label={t('meetings:schedule.type')}
          value={type}
          allowDeselect={false}
          onChange={(v) => v && setType(v as MeetingType)}
          data={MeetingType.options.map((value) => ({ value, label: t(`meetings:type.${value}`) }))}
        />
        {kind === 'single' ? (
          <Group grow wrap="wrap" align="flex-start">
            <TextInput type="datetime-local" label={t('meetings:schedule.start')} description={t('meetings:schedule.timeHint')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} error={fields.start} miw={200} />
            <TextInput type="datetime-local" label={t('meetings:schedule.end')} description={t('meetings:schedule.timeHint')} required value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={fields.end} miw={200} />
          </Group>
        ) : (
          <>
            <TextInput type="datetime-local" label={t('meetings:schedule.firstStart')} description={t('meetings:schedule.timeHint')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} error={fields.firstStart} />
            <Group grow wrap="wrap" align="flex-start">
              <NumberInput label={t('meetings:schedule.duration')} required min={15} max={1440} step={15} value={duration} onChange={setDuration} error={fields.durationMinutes} miw={140} />
              <NumberInput label={t('meetings:schedule.count')} required min={2} max={MAX_SERIES} value={count} onChange={setCount} error={fields.count} miw={140} />
              <NumberInput label={t('meetings:schedule.interval')} required min={1} max={12} value={interval} onChange={setInterval} error={fields.intervalWeeks} miw={140} />
            </Group>
          </>
        )}
        <TextInput label={t('meetings:schedule.place')} maxLength={300} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fields.place} />
        <TextInput type="url" label={t('meetings:schedule.onlineUrl')} maxLength={500} value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} error={fields.onlineUrl} />
        <Textarea label={t('meetings:schedule.description')} autosize minRows={2} maxLength={5000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fields.description} />
        {schedule.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, schedule.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={schedule.isPending}>
            {t('meetings:schedule.submit')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('meetings:schedule.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
