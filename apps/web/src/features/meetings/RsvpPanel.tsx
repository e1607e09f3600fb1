import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { meetingRoutes, RsvpAnswer } from '@broedplaats/contracts';
import { Panel } from '../../app/Panel';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';

/** My answer (yes, no, maybe, with a note), and who else answered what. */
export function RsvpPanel({ network, meeting, readOnly, openedAt }: MeetingPartProps) {
  const { t } = useT();
  const [answer, setAnswer] = useState<RsvpAnswer | null>(meeting.myRsvp);
  const [note, setNote] = useState(meeting.myRsvpNote);
  const over = Date.parse(meeting.endsAt) < openedAt;
  const save = useMeetingChange(network.id, meeting.id, (body: { answer: RsvpAnswer; note: string }) =>
    callRoute(meetingRoutes.rsvp, { params: { networkId: network.id, meetingId: meeting.id }, body }),
  );
  return (
    <Panel id="rsvp" title={t('meetings:rsvp.title')}>
      <Stack gap="sm">
        {!readOnly && !over && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (answer) save.mutate({ answer, note }, { onSuccess: () => notifySuccess(t('meetings:rsvp.saved')) });
            }}
          >
            <Stack gap="sm">
              <Radio.Group label={t('meetings:rsvp.answer')} value={answer ?? ''} onChange={(v) => setAnswer(v as RsvpAnswer)} required>
                <Group gap="md" mt={4}>
                  {RsvpAnswer.options.map((value) => (
                    <Radio key={value} value={value} label={t(`meetings:rsvpAnswer.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea label={t('meetings:rsvp.note')} autosize maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
              {save.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, save.error)}
                </Text>
              )}
              <Group>
                <Button type="submit" disabled={!answer} loading={save.isPending}>
                  {t('meetings:rsvp.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <Text fw={600}>{t('meetings:rsvp.list')}</Text>
        {meeting.rsvps.length === 0 ? (
          <Text size="sm">{t('meetings:rsvp.none')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('meetings:rsvp.list')}>
            {meeting.rsvps.map((rsvp) => (
              <Text component="li" key={rsvp.person.id} size="sm">
                {rsvp.person.displayName}: {t(`meetings:rsvpAnswer.${rsvp.answer}`)}
                {rsvp.note && ` (${rsvp.note})`}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Panel>
  );
}
