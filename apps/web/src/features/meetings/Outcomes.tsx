import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { meetingRoutes } from '@broedplaats/contracts';
import { Panel } from '../../app/Panel';
import { callRoute } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { meetingFieldErrors } from './form-errors';
import { MemberSelect } from './MemberSelect';
import type { MeetingPartProps } from './meeting-context';
import { useActionStatus, useMeetingChange } from './queries';

const plainList = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** What the meeting decided; facilitators record it, linked to an agenda item if they like. */
export function Decisions({ network, meeting, isFacilitator, readOnly }: MeetingPartProps) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState<string | null>(null);
  const add = useMeetingChange(network.id, meeting.id, () => callRoute(meetingRoutes.addDecision, { params: { networkId: network.id, meetingId: meeting.id }, body: { text, itemId } }));
  const itemTitle = (id: string | null) => meeting.items.find((i) => i.id === id)?.title;
  return (
    <Panel id="decisions" title={t('meetings:decisions.title')}>
      <Stack gap="sm">
        {meeting.decisions.length === 0 ? (
          <Text size="sm">{t('meetings:decisions.empty')}</Text>
        ) : (
          <Stack gap={6} component="ul" style={plainList} aria-label={t('meetings:decisions.title')}>
            {meeting.decisions.map((d) => (
              <li key={d.id}>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.text}</Text>
                {d.itemId && <Text size="xs">{itemTitle(d.itemId)}</Text>}
              </li>
            ))}
          </Stack>
        )}
        {isFacilitator && !readOnly && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate(undefined, { onSuccess: () => (setText(''), setItemId(null)) });
            }}
          >
            <Stack gap="xs">
              <Textarea label={t('meetings:decisions.text')} required autosize maxLength={2000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={meetingFieldErrors(t, add.error).text} />
              <Select
                label={t('meetings:decisions.item')}
                clearable
                placeholder={t('meetings:items.none')}
                value={itemId}
                onChange={setItemId}
                data={meeting.items.filter((i) => i.status === 'accepted').map((i) => ({ value: i.id, label: i.title }))}
              />
              {add.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, add.error)}
                </Text>
              )}
              <Group>
                <Button type="submit" loading={add.isPending}>
                  {t('meetings:decisions.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Panel>
  );
}

/** Who does what by when; the assignee or a facilitator ticks it off. */
export function Actions({ network, meeting, isFacilitator, meId, readOnly }: MeetingPartProps) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const params = { networkId: network.id, meetingId: meeting.id };
  const add = useMeetingChange(network.id, meeting.id, () => callRoute(meetingRoutes.addActionItem, { params, body: { text, assigneeId, dueOn: dueOn || null } }));
  const mark = useActionStatus();
  const fields = meetingFieldErrors(t, add.error);
  return (
    <Panel id="actions" title={t('meetings:actions.title')}>
      <Stack gap="sm">
        {meeting.actions.length === 0 ? (
          <Text size="sm">{t('meetings:actions.empty')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={plainList} aria-label={t('meetings:actions.title')}>
            {meeting.actions.map((a) => (
              <Group component="li" key={a.id} justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0} style={{ flex: 1, minWidth: 200 }}>
                  <Text td={a.status === 'done' ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {a.text}
                  </Text>
                  <Text size="xs">
                    {a.assignee?.displayName ?? t('meetings:actions.unassigned')}
                    {a.dueOn && `, ${t('meetings:actions.due', { date: formatDate(a.dueOn) })}`}
                  </Text>
                </Stack>
                {a.status === 'done' && <Badge color="green.9">{t('meetings:actions.isDone')}</Badge>}
                {!readOnly && (isFacilitator || a.assignee?.id === meId) && (
                  <Button size="xs" aria-label={`${a.status === 'open' ? t('meetings:actions.done') : t('meetings:actions.reopen')}: ${a.text}`} variant={a.status === 'open' ? 'filled' : 'default'} loading={mark.isPending && mark.variables?.actionId === a.id} onClick={() => mark.mutate({ ...params, actionId: a.id, status: a.status === 'open' ? 'done' : 'open' })}>
                    {a.status === 'open' ? t('meetings:actions.done') : t('meetings:actions.reopen')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {mark.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, mark.error)}
          </Text>
        )}
        {isFacilitator && !readOnly && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate(undefined, { onSuccess: () => (setText(''), setAssigneeId(null), setDueOn('')) });
            }}
          >
            <Stack gap="xs">
              <Textarea label={t('meetings:actions.text')} required autosize maxLength={1000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} />
              <MemberSelect networkId={network.id} label={t('meetings:actions.assignee')} value={assigneeId} onChange={setAssigneeId} error={fields.assigneeId} />
              <TextInput type="date" label={t('meetings:actions.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={fields.dueOn} />
              {add.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, add.error)}
                </Text>
              )}
              <Group>
                <Button type="submit" loading={add.isPending}>
                  {t('meetings:actions.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Panel>
  );
}
