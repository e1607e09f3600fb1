import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { routes, type Question } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { meetingFieldErrors } from './form-errors';
import { MemberSelect } from './MemberSelect';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';

/** A new agenda item; a member's becomes a proposal the facilitators accept or decline. */
export function ItemForm({ network, meeting, isFacilitator, questions, onDone }: MeetingPartProps & { questions: Question[]; onDone: () => void }) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [timebox, setTimebox] = useState<number | string>(15);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const add = useMeetingChange(network.id, meeting.id, () =>
    callRoute(routes.addAgendaItem, { params: { networkId: network.id, meetingId: meeting.id }, body: { title, timeboxMinutes: Number(timebox), ownerId, questionId } }),
  );
  const fields = meetingFieldErrors(t, add.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('meetings:items.itemTitle')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
        <NumberInput label={t('meetings:items.timebox')} min={1} max={480} step={5} value={timebox} onChange={setTimebox} error={fields.timeboxMinutes} />
        <MemberSelect networkId={network.id} label={t('meetings:items.itemOwner')} value={ownerId} onChange={setOwnerId} />
        <Select
          label={t('meetings:items.question')}
          clearable
          searchable
          placeholder={t('meetings:items.none')}
          value={questionId}
          onChange={setQuestionId}
          data={questions.map((q) => ({ value: q.id, label: q.title }))}
        />
        {add.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, add.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t(isFacilitator ? 'meetings:items.add' : 'meetings:items.propose')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('meetings:schedule.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
