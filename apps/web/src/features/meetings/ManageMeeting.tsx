import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { amsterdamLocal } from '@broedplaats/domain';
import { meetingRoutes } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { Panel } from '../../app/Panel';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { meetingFieldErrors } from './form-errors';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';

/** Facilitators move or rename a meeting (this one, or it and the rest of its series), or cancel it. */
export function ManageMeeting({ network, meeting }: MeetingPartProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(meeting.title);
  const [start, setStart] = useState(amsterdamLocal(meeting.startsAt));
  const [end, setEnd] = useState(amsterdamLocal(meeting.endsAt));
  const [place, setPlace] = useState(meeting.place);
  const [scope, setScope] = useState<'this' | 'following'>('this');
  const params = { networkId: network.id, meetingId: meeting.id };
  const update = useMeetingChange(network.id, meeting.id, () => callRoute(meetingRoutes.updateMeeting, { params, body: { title, start, end, place, scope } }));
  const cancel = useMeetingChange(network.id, meeting.id, () => callRoute(meetingRoutes.cancelMeeting, { params }));
  const fields = meetingFieldErrors(t, update.error);

  return (
    <Panel id="manage" title={t('meetings:manage.reschedule')}>
      <Stack gap="sm">
        {open ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate(undefined, { onSuccess: () => (notifySuccess(t('meetings:manage.saved')), setOpen(false)) });
            }}
          >
            <Stack gap="sm">
              <TextInput label={t('meetings:schedule.title')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
              <Group grow wrap="wrap" align="flex-start">
                <TextInput type="datetime-local" label={t('meetings:schedule.start')} description={t('meetings:schedule.timeHint')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} error={fields.start} miw={200} />
                <TextInput type="datetime-local" label={t('meetings:schedule.end')} description={t('meetings:schedule.timeHint')} required value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={fields.end} miw={200} />
              </Group>
              <TextInput label={t('meetings:schedule.place')} maxLength={300} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fields.place} />
              {meeting.seriesId && (
                <Radio.Group label={t('meetings:manage.scope')} value={scope} onChange={(v) => setScope(v as 'this' | 'following')}>
                  <Stack gap={6} mt={4}>
                    <Radio value="this" label={t('meetings:manage.this')} />
                    <Radio value="following" label={t('meetings:manage.following')} />
                  </Stack>
                </Radio.Group>
              )}
              {update.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, update.error)}
                </Text>
              )}
              <Group>
                <Button type="submit" loading={update.isPending}>
                  {t('meetings:manage.save')}
                </Button>
                <Button variant="subtle" onClick={() => setOpen(false)}>
                  {t('meetings:schedule.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button variant="default" onClick={() => setOpen(true)}>
              {t('meetings:manage.reschedule')}
            </Button>
            <ConfirmButton
              title={t('meetings:manage.cancel')}
              question={t('meetings:manage.cancelQuestion')}
              confirmLabel={t('meetings:manage.cancelConfirm')}
              onConfirm={() => cancel.mutateAsync(undefined).then(() => notifySuccess(t('meetings:manage.cancelled')), () => undefined)}
            >
              {t('meetings:manage.cancel')}
            </ConfirmButton>
          </Group>
        )}
        {cancel.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, cancel.error)}
          </Text>
        )}
      </Stack>
    </Panel>
  );
}
