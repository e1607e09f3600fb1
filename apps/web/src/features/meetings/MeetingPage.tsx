import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarDown } from '@tabler/icons-react';
import { meetingRoutes, pathOf } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime, formatTime } from '../../lib/dates';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useMe } from '../auth/queries';
import { MinutesPanel } from '../documents/MinutesPanel';
import { useMinutesDocument } from '../documents/queries';
import { useNetwork } from '../networks/queries';
import { AgendaItems } from './AgendaItems';
import { Attendance } from './Attendance';
import { LivePanel } from './LivePanel';
import { ManageMeeting } from './ManageMeeting';
import type { MeetingPartProps } from './meeting-context';
import { Actions, Decisions } from './Outcomes';
import { useMeeting } from './queries';
import { RsvpPanel } from './RsvpPanel';

/** One meeting: when and where, answers, the agenda, live mode, and what came out of it. */
export function MeetingPage() {
  const { t } = useT();
  const { networkId = '', meetingId = '' } = useParams();
  const me = useMe();
  const [openedAt] = useState(() => Date.now());
  const network = useNetwork(networkId);
  const meeting = useMeeting(networkId, meetingId);
  const minutes = useMinutesDocument(networkId, meetingId);
  usePageTitle(meeting.data?.title ?? t('meetings:title'));
  const back = (
    <Anchor component={Link} to={`/networks/${networkId}/bijeenkomsten`}>
      <IconArrowLeft size={14} aria-hidden /> {t('meetings:page.back')}
    </Anchor>
  );

  if (network.isPending || meeting.isPending || !me.data) return <PageLoader />;
  if (network.isError || meeting.isError)
    return (
      <Stack>
        <Title order={1}>{t('meetings:title')}</Title>
        <PageError error={network.error ?? meeting.error} onRetry={() => void meeting.refetch()} />
        {back}
      </Stack>
    );

  const m = meeting.data;
  const cancelled = m.status === 'cancelled';
  const isFacilitator = network.data.myRole === 'facilitator';
  const part: MeetingPartProps = { network: network.data, meeting: m, isFacilitator, meId: me.data.id, readOnly: network.data.archived || cancelled, openedAt };
  const over = Date.parse(m.endsAt) < openedAt;
  const minutesPanel = <MinutesPanel networkId={networkId} meetingId={meetingId} isFacilitator={isFacilitator} readOnly={part.readOnly} me={me.data} />;
  // Once published, the minutes are what members come for: they come first.
  const minutesFirst = Boolean(minutes.data?.published) && !isFacilitator;

  return (
    <Stack gap="lg" maw={860}>
      {back}
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {m.title}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`meetings:type.${m.type}`)}
          </Badge>
          {m.seriesId && <Badge variant="outline" color="gray">{t('meetings:series')}</Badge>}
          {cancelled && <Badge color="red.8">{t('meetings:cancelled')}</Badge>}
        </Group>
        <Text fw={600}>
          {formatDateTime(m.startsAt)} – {formatTime(m.endsAt)}
        </Text>
        {m.place && <Text style={{ overflowWrap: 'anywhere' }}>{m.place}</Text>}
        {m.onlineUrl && (
          <Anchor href={m.onlineUrl} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
            {t('meetings:page.online')}
          </Anchor>
        )}
        {m.description && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.description}</Text>}
        <Group gap="xs">
          <Anchor href={pathOf(meetingRoutes.meetingIcs, { networkId, meetingId })} download="meeting.ics">
            <IconCalendarDown size={16} aria-hidden /> {t('meetings:page.ics')}
          </Anchor>
          <Text size="sm">{t('meetings:page.icsHint')}</Text>
        </Group>
      </Stack>
      {minutesFirst && minutesPanel}
      {cancelled && (
        <Alert color="red" variant="light" title={t('meetings:cancelled')}>
          {t('meetings:page.cancelledText')}
        </Alert>
      )}
      {!cancelled && <LivePanel {...part} loadedAt={meeting.dataUpdatedAt} />}
      {!cancelled && <RsvpPanel {...part} />}
      <AgendaItems {...part} />
      {isFacilitator && <Attendance {...part} />}
      <Decisions {...part} />
      <Actions {...part} />
      {!minutesFirst && minutesPanel}
      {isFacilitator && !part.readOnly && !over && <ManageMeeting key={m.sequence} {...part} />}
    </Stack>
  );
}
