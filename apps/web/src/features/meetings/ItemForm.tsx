import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { type AgendaItem, meetingRoutes, type Question } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { meetingFieldErrors } from './form-errors';
import { MemberSelect } from './MemberSelect';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';

type ItemFormProps = MeetingPartProps & { questions: Question[]; onDone: () => void; /** Given: change this item instead of adding one. */ item?: AgendaItem };

/** A new agenda item (a member's becomes a proposal the facilitators accept or decline), or a change to one. */
export function ItemForm({ network, meeting, isFacilitator, questions, onDone, item }: ItemFormProps) {
  const { t } = useT();
  const [title, setTitle] = useState(item?.title ?? '');
  const [timebox, setTimebox] = useState<number | string>(item?.timeboxMinutes ?? 15);
  const [ownerId, setOwnerId] = useState<string | null>(item?.owner?.id ?? null);
  const [questionId, setQuestionId] = useState<string | null>(item?.questionId ?? null);
  const add = useMeetingChange(network.id, meeting.id, () => {
    const body = { title, timeboxMinutes: Number(timebox), ownerId, questionId };
    const params = { networkId: network.id, meetingId: meeting.id };
    return item ? callRoute(meetingRoutes.updateAgendaItem, { params: { ...params, itemId: item.id }, body }) : callRoute(meetingRoutes.addAgendaItem, { params, body });
  });
  const submitLabel = item ? t('meetings:items.save') : t(isFacilitator ? 'meetings:items.add' : 'meetings:items.propose');
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
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('meetings:schedule.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
