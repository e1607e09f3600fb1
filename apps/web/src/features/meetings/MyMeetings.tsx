import { Link } from 'react-router-dom';
import { Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { RsvpAnswer, type MyActionItems, type MyMeetings as MyMeetingList } from '@broedplaats/contracts';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { meetingPath } from './paths';
import { useMyActions, useMyMeetings, useActionStatus, useQuickRsvp } from './queries';

const plainList = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** Start page: my coming meetings with my answer to change in place, and my open action items to tick off. */
export function MyMeetings() {
  const { t } = useT();
  const meetings = useMyMeetings();
  const actions = useMyActions();
  return (
    <section aria-labelledby="my-meetings">
      <Stack gap="sm">
        <Title order={2} id="my-meetings" size="h3">
          {t('meetings:home.title')}
        </Title>
        <Title order={3} size="h5" id="my-meetings-list">
          {t('meetings:home.meetings')}
        </Title>
        {meetings.isError ? (
          <Text c="red.8">{errorMessage(t, meetings.error)}</Text>
        ) : meetings.data && meetings.data.length === 0 ? (
          <Text size="sm">{t('meetings:home.noMeetings')}</Text>
        ) : (
          meetings.data && <MeetingList meetings={meetings.data} />
        )}
        <Title order={3} size="h5" id="my-actions-list">
          {t('meetings:home.actions')}
        </Title>
        {actions.isError ? (
          <Text c="red.8">{errorMessage(t, actions.error)}</Text>
        ) : actions.data && actions.data.length === 0 ? (
          <Text size="sm">{t('meetings:home.noActions')}</Text>
        ) : (
          actions.data && <ActionList actions={actions.data} />
        )}
      </Stack>
    </section>
  );
}

function MeetingList({ meetings }: { meetings: MyMeetingList }) {
  const { t } = useT();
  const rsvp = useQuickRsvp();
  return (
    <Stack gap="sm" component="ul" style={plainList} aria-labelledby="my-meetings-list">
      {meetings.map((m) => (
        <Stack component="li" key={m.id} gap={4}>
          <Anchor component={Link} to={meetingPath(m.networkId, m.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {m.title}
          </Anchor>
          <Text size="xs">
            {formatDateTime(m.startsAt)} · {t('meetings:home.in', { network: m.networkName })}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={`${t('meetings:rsvp.answer')}: ${m.title}`}
            value={m.myRsvp ?? ''}
            disabled={rsvp.isPending}
            onChange={(answer) => rsvp.mutate({ networkId: m.networkId, meetingId: m.id, answer: answer as RsvpAnswer })}
            data={RsvpAnswer.options.map((value) => ({ value, label: t(`meetings:rsvpAnswer.${value}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
      ))}
      {rsvp.isError && (
        <Text c="red.8" role="alert">
          {errorMessage(t, rsvp.error)}
        </Text>
      )}
    </Stack>
  );
}

function ActionList({ actions }: { actions: MyActionItems }) {
  const { t } = useT();
  const done = useActionStatus();
  return (
    <Stack gap="xs" component="ul" style={plainList} aria-labelledby="my-actions-list">
      {actions.map((a) => (
        <Group component="li" key={a.id} justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0} style={{ flex: 1, minWidth: 200 }}>
            <Text style={{ overflowWrap: 'anywhere' }}>{a.text}</Text>
            <Text size="xs">
              <Anchor component={Link} to={meetingPath(a.networkId, a.meetingId)} size="xs">
                {a.meetingTitle}
              </Anchor>
              {' · '}
              {t('meetings:home.in', { network: a.networkName })}
              {a.dueOn && ` · ${t('meetings:actions.due', { date: formatDate(a.dueOn) })}`}
            </Text>
          </Stack>
          <Button
            size="xs"
            aria-label={`${t('meetings:actions.done')}: ${a.text}`}
            loading={done.isPending && done.variables?.actionId === a.id}
            onClick={() => done.mutate({ networkId: a.networkId, meetingId: a.meetingId, actionId: a.id, status: 'done' }, { onSuccess: () => notifySuccess(t('meetings:home.markedDone')) })}
          >
            {t('meetings:actions.done')}
          </Button>
        </Group>
      ))}
      {done.isError && (
        <Text c="red.8" role="alert">
          {errorMessage(t, done.error)}
        </Text>
      )}
    </Stack>
  );
}
