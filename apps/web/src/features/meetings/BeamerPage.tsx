import { useParams } from 'react-router-dom';
import { Box, Stack, Text, Title } from '@mantine/core';
import { PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { Countdown } from './Countdown';
import { useMeeting } from './queries';
import { currentStep, useLiveSteps } from './use-live-steps';

/** For the projector in the room: the current item and its countdown, large, without any controls. */
export function BeamerPage() {
  const { networkId = '', meetingId = '' } = useParams();
  const meeting = useMeeting(networkId, meetingId);
  usePageTitle(meeting.data?.title);
  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError) return <PageError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <Beamer networkId={networkId} meeting={meeting.data} loadedAt={meeting.dataUpdatedAt} />;
}

function Beamer({ networkId, meeting, loadedAt }: { networkId: string; meeting: NonNullable<ReturnType<typeof useMeeting>['data']>; loadedAt: number }) {
  const { t } = useT();
  const { state } = useLiveSteps(networkId, meeting.id, meeting.liveState, loadedAt);
  const current = currentStep(state);
  const next = current && current.index + 1 < current.total ? state.steps[current.index + 1] : null;
  return (
    <Box py="xl" px="md" style={{ minHeight: '70vh' }}>
      <Stack gap="xl" align="center" ta="center">
        <Title order={1} fz={36} c="dimmed" fw={600}>
          {meeting.title}
        </Title>
        {state.status === 'running' && current ? (
          <>
            <Text fz={32}>{t('meetings:live.step', { n: current.index + 1, total: current.total })}</Text>
            <Text component="h2" fz={72} fw={800} lh={1.1} m={0} data-testid="live-current" style={{ overflowWrap: 'anywhere' }} aria-live="polite">
              {current.step.title}
            </Text>
            {state.currentEndsAt && <Countdown endsAt={state.currentEndsAt} fz={96} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }} />}
            {next && (
              <Text fz={32}>
                {t('meetings:live.next')}: {next.title}
              </Text>
            )}
          </>
        ) : (
          <Text fz={48}>{state.status === 'ended' ? t('meetings:live.ended') : t('meetings:live.idle')}</Text>
        )}
      </Stack>
    </Box>
  );
}
