import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { meetingRoutes } from '@broedplaats/contracts';
import { Panel } from '../../app/Panel';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';

/** Facilitators tick who came, once the meeting has begun, and see the answers per participant group. */
export function Attendance({ network, meeting, readOnly, openedAt }: MeetingPartProps) {
  const { t } = useT();
  const members = useMembers(network.id, true);
  const started = Date.parse(meeting.startsAt) <= openedAt || meeting.liveState.status !== 'idle';
  const present = new Set(meeting.attendance.map((p) => p.id));
  const record = useMeetingChange(network.id, meeting.id, (body: { userId: string; present: boolean }) =>
    callRoute(meetingRoutes.attendance, { params: { networkId: network.id, meetingId: meeting.id }, body }),
  );
  return (
    <Panel id="attendance" title={t('meetings:attendance.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('meetings:attendance.people', { count: meeting.attendance.length })}</Text>
        {started && !readOnly && members.data && (
          <Stack gap={6} role="group" aria-label={t('meetings:attendance.intro')}>
            <Text size="sm">{t('meetings:attendance.intro')}</Text>
            {members.data.map((m) => (
              <Checkbox
                key={m.userId}
                label={m.displayName}
                checked={present.has(m.userId)}
                disabled={record.isPending}
                onChange={(e) => record.mutate({ userId: m.userId, present: e.currentTarget.checked })}
              />
            ))}
          </Stack>
        )}
        {record.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, record.error)}
          </Text>
        )}
        {meeting.counts && meeting.counts.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Caption>{t('meetings:attendance.counts')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('meetings:attendance.category')}</Table.Th>
                  <Table.Th scope="col">{t('meetings:attendance.yes')}</Table.Th>
                  <Table.Th scope="col">{t('meetings:attendance.maybe')}</Table.Th>
                  <Table.Th scope="col">{t('meetings:attendance.no')}</Table.Th>
                  <Table.Th scope="col">{t('meetings:attendance.attended')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meeting.counts.map((c) => (
                  <Table.Tr key={c.category}>
                    <Table.Th scope="row">{t(`members:category.${c.category}`)}</Table.Th>
                    <Table.Td>{c.yes}</Table.Td>
                    <Table.Td>{c.maybe}</Table.Td>
                    <Table.Td>{c.no}</Table.Td>
                    <Table.Td>{c.attended}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Panel>
  );
}
