import { Link } from 'react-router-dom';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop, IconPresentation } from '@tabler/icons-react';
import { type LiveMoveBody, meetingRoutes } from '@broedplaats/contracts';
import { useMutation } from '@tanstack/react-query';
import { Panel } from '../../app/Panel';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useStepsStore } from '../live-steps/store';
import { Countdown } from './Countdown';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange } from './queries';
import { currentStep, useLiveSteps } from './use-live-steps';

/** The meeting as it runs: the current item and its countdown for all, the facilitator's controls, who watches. */
export function LivePanel({ network, meeting, isFacilitator, meId, readOnly, loadedAt }: MeetingPartProps & { loadedAt: number }) {
  const { t } = useT();
  const { state, viewers } = useLiveSteps(network.id, meeting.id, meeting.liveState, loadedAt);
  const apply = useStepsStore((s) => s.apply);
  const params = { networkId: network.id, meetingId: meeting.id };
  const move = useMutation({
    mutationFn: (body: LiveMoveBody) => callRoute(meetingRoutes.moveLive, { params, body }),
    onSuccess: (next) => apply(next),
  });
  const checkIn = useMeetingChange(network.id, meeting.id, () => callRoute(meetingRoutes.checkIn, { params }));
  const current = currentStep(state);
  const running = state.status === 'running';
  const checkedIn = meeting.attendance.some((p) => p.id === meId);
  const hasItems = meeting.items.some((i) => i.status === 'accepted');

  return (
    <Panel id="live" title={t('meetings:live.title')}>
      <Stack gap="sm">
        {running && current ? (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">
              {t('meetings:live.now')} · {t('meetings:live.step', { n: current.index + 1, total: current.total })}
            </Text>
            <Title order={3} data-testid="live-current" style={{ overflowWrap: 'anywhere' }}>
              {current.step.title}
            </Title>
          </Stack>
        ) : (
          <Text>{state.status === 'ended' ? t('meetings:live.ended') : isFacilitator ? t('meetings:live.notRunning') : t('meetings:live.idle')}</Text>
        )}
        {running && state.currentEndsAt && <Countdown endsAt={state.currentEndsAt} size="xl" />}
        {isFacilitator && !readOnly && (
          <Group gap="xs">
            {!running ? (
              <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} disabled={!hasItems} loading={move.isPending} onClick={() => move.mutate({ action: 'start' })}>
                {t('meetings:live.start')}
              </Button>
            ) : (
              <>
                <Button variant="default" disabled={!current || current.index === 0 || move.isPending} onClick={() => move.mutate({ action: 'previous' })}>
                  {t('meetings:live.previous')}
                </Button>
                <Button disabled={!current || current.index === current.total - 1 || move.isPending} onClick={() => move.mutate({ action: 'next' })}>
                  {t('meetings:live.next')}
                </Button>
                <Button variant="outline" color="red.9" leftSection={<IconPlayerStop size={16} aria-hidden />} disabled={move.isPending} onClick={() => move.mutate({ action: 'end' })}>
                  {t('meetings:live.end')}
                </Button>
              </>
            )}
          </Group>
        )}
        {/* The group may want to go back to an item, or skip ahead: any item, straight away. */}
        {isFacilitator && !readOnly && running && current && (
          <NativeSelect
            label={t('meetings:live.goto')}
            value={current.step.id}
            disabled={move.isPending}
            data={state.steps.map((step, i) => ({ value: step.id, label: `${i + 1}. ${step.title}` }))}
            onChange={(event) => {
              const stepId = event.currentTarget.value;
              if (stepId !== current.step.id) move.mutate({ action: 'goto', stepId });
            }}
          />
        )}
        {isFacilitator && !hasItems && !running && <Text size="sm">{t('meetings:live.noItems')}</Text>}
        {move.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, move.error)}
          </Text>
        )}
        {running && !readOnly && (checkedIn ? (
          <Text size="sm">{t('meetings:attendance.checkedIn')}</Text>
        ) : (
          <Group>
            <Button variant="light" loading={checkIn.isPending} onClick={() => checkIn.mutate(undefined)}>
              {t('meetings:attendance.checkIn')}
            </Button>
          </Group>
        ))}
        {checkIn.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, checkIn.error)}
          </Text>
        )}
        {viewers.length > 0 && (
          <Group gap={6} aria-label={t('meetings:live.viewers')} role="group">
            <Text size="sm" fw={600}>
              {t('meetings:live.viewers')}:
            </Text>
            {viewers.map((v) => (
              <Badge key={v.userId} variant="light" color="gray" tt="none">
                {v.displayName}
              </Badge>
            ))}
          </Group>
        )}
        <Anchor component={Link} to="beamer" size="sm">
          <IconPresentation size={14} aria-hidden /> {t('meetings:page.beamer')}
        </Anchor>
      </Stack>
    </Panel>
  );
}
