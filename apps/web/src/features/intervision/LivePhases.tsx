import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop, IconPresentation } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { intervisionRoutes, type IntervisionSessionDetail, type LiveMoveBody, type LiveState, type MethodPhase } from '@broedplaats/contracts';
import { useMutation } from '@tanstack/react-query';
import { callRoute } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useStepsStore } from '../live-steps/store';
import { Countdown } from '../meetings/Countdown';
import { currentStep } from '../meetings/use-live-steps';

/** The phase that is current: the method's phases run in the order of the step-through's steps. */
export function currentPhase(state: LiveState, phases: readonly MethodPhase[]) {
  const current = state.status === 'running' ? currentStep(state) : null;
  return current ? { phase: phases[current.index] ?? null, index: current.index, total: current.total } : null;
}

type Props = { networkId: string; session: IntervisionSessionDetail; state: LiveState; viewers: { userId: string; displayName: string }[] };

/** Everyone sees the current phase, who speaks and the time left; only the lead moves on. */
export function LivePhases({ networkId, session, state, viewers }: Props) {
  const { t } = useT();
  const lang = currentLanguage();
  const apply = useStepsStore((s) => s.apply);
  const isLead = session.myRole === 'lead';
  const move = useMutation({
    mutationFn: (body: LiveMoveBody) => callRoute(intervisionRoutes.moveIntervisionSession, { params: { networkId, sessionId: session.id }, body }),
    onSuccess: (next) => apply(next),
  });
  const current = currentPhase(state, session.phases);
  const running = state.status === 'running' && current?.phase;
  const next = current ? session.phases[current.index + 1] : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="live-heading">
      <Title order={2} id="live-heading" mb="sm">
        {t('intervision:live.title')}
      </Title>
      <Stack gap="sm">
        {running && current.phase ? (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">{t('intervision:live.step', { n: current.index + 1, total: current.total })}</Text>
            <Title order={3} data-testid="live-current" style={{ overflowWrap: 'anywhere' }}>
              {current.phase.name[lang]}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{current.phase.instructions[lang]}</Text>
            <Text size="sm" fw={600}>
              {t('intervision:live.speaks', { who: t(`intervision:speaker.${current.phase.speaker}`) })}
            </Text>
            {current.phase.caseOwnerListensOnly && <Text size="sm">{t('intervision:live.listensOnly')}</Text>}
          </Stack>
        ) : (
          <Text>{state.status === 'ended' ? t('intervision:live.ended') : t('intervision:live.idle')}</Text>
        )}
        {running && state.currentEndsAt && <Countdown endsAt={state.currentEndsAt} size="xl" />}
        {running && next && <Text size="sm">{t('intervision:live.nextPhase', { name: next.name[lang] })}</Text>}
        {isLead && state.status !== 'ended' && (
          <Group gap="xs">
            {!running ? (
              <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={move.isPending} onClick={() => move.mutate({ action: 'start' })}>
                {t('intervision:live.start')}
              </Button>
            ) : (
              <>
                <Button variant="default" disabled={current.index === 0 || move.isPending} onClick={() => move.mutate({ action: 'previous' })}>
                  {t('intervision:live.previous')}
                </Button>
                <Button disabled={current.index === current.total - 1 || move.isPending} onClick={() => move.mutate({ action: 'next' })}>
                  {t('intervision:live.next')}
                </Button>
                <Button variant="outline" color="red.9" leftSection={<IconPlayerStop size={16} aria-hidden />} disabled={move.isPending} onClick={() => move.mutate({ action: 'end' })}>
                  {t('intervision:live.end')}
                </Button>
              </>
            )}
          </Group>
        )}
        {move.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, move.error)}
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
        <Button component={Link} to="beamer" variant="subtle" size="compact-sm" leftSection={<IconPresentation size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('intervision:session.beamer')}
        </Button>
      </Stack>
    </Paper>
  );
}
