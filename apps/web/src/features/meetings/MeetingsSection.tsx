import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { MeetingSummary } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime, formatTime } from '../../lib/dates';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { ListPagination } from '../networks/ListPagination';
import { meetingPath } from './paths';
import { ScheduleForm } from './ScheduleForm';
import { PAGE_SIZE, useMeetings } from './queries';

/** The network's meetings, coming or past; facilitators plan new ones here. */
export function MeetingsSection({ network }: Props) {
  const { t } = useT();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [page, setPage] = useState(1);
  const [scheduling, setScheduling] = useState(false);
  const meetings = useMeetings(network.id, when, page);
  const mayPlan = network.myRole === 'facilitator' && !network.archived;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('meetings:title')}</Title>
        {mayPlan && !scheduling && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setScheduling(true)}>
            {t('meetings:schedule.open')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('meetings:intro')}</Text>
      {scheduling && (
        <Card withBorder>
          <ScheduleForm networkId={network.id} onDone={() => setScheduling(false)} />
        </Card>
      )}
      <SegmentedControl
        aria-label={t('meetings:when')}
        value={when}
        onChange={(v) => (setWhen(v as 'upcoming' | 'past'), setPage(1))}
        data={[{ value: 'upcoming', label: t('meetings:upcoming') }, { value: 'past', label: t('meetings:past') }]}
        style={{ alignSelf: 'flex-start' }}
      />
      {meetings.isPending ? (
        <PageLoader />
      ) : meetings.isError ? (
        <PageError error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.items.length === 0 ? (
        <Text>{t(when === 'upcoming' ? 'meetings:emptyUpcoming' : 'meetings:emptyPast')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t(when === 'upcoming' ? 'meetings:upcoming' : 'meetings:past')}>
          {meetings.data.items.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
        </Stack>
      )}
      {meetings.data && <ListPagination total={meetings.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label={t('meetings:title')} />}
    </Stack>
  );
}

function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useT();
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={meetingPath(meeting.networkId, meeting.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {meeting.title}
        </Anchor>
        <Text size="sm">
          {formatDateTime(meeting.startsAt)} – {formatTime(meeting.endsAt)}
          {meeting.place && ` · ${meeting.place}`}
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`meetings:type.${meeting.type}`)}
          </Badge>
          {meeting.seriesId && <Badge variant="outline" color="gray">{t('meetings:series')}</Badge>}
          {meeting.status === 'cancelled' && <Badge color="red.8">{t('meetings:cancelled')}</Badge>}
          {meeting.live && <Badge color="green.9">{t('meetings:liveNow')}</Badge>}
          {meeting.myRsvp && <Text size="xs">{t(`meetings:rsvpAnswer.${meeting.myRsvp}`)}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}
