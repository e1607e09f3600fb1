import { useParams } from 'react-router-dom';
import { Box, Stack, Text, Title } from '@mantine/core';
import type { IntervisionSessionDetail } from '@broedplaats/contracts';
import { NotFound } from './NotFound';
import { PageError, PageLoader } from '../../app/PageState';
import { isApiError } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import './texts';
import { Countdown } from '../meetings/Countdown';
import { useLiveSteps } from '../meetings/use-live-steps';
import { currentPhase } from './LivePhases';
import { useSession } from './queries';

/** For the projector: the current phase, who speaks and the countdown, large; no case text, no controls. */
export function BeamerPage() {
  const { networkId = '', sessionId = '' } = useParams();
  const session = useSession(networkId, sessionId);
  usePageTitle(session.data?.title);
  if (session.isPending) return <PageLoader />;
  if (session.isError) return isApiError(session.error) && session.error.code === 'not_found' ? <NotFound /> : <PageError error={session.error} onRetry={() => void session.refetch()} />;
  return <Beamer networkId={networkId} session={session.data} loadedAt={session.dataUpdatedAt} />;
}

function Beamer({ networkId, session, loadedAt }: { networkId: string; session: IntervisionSessionDetail; loadedAt: number }) {
  const { t } = useT();
  const lang = currentLanguage();
  const { state } = useLiveSteps(networkId, session.id, session.live, loadedAt, 'intervision');
  const current = currentPhase(state, session.phases);
  return (
    <Box py="xl" px="md" style={{ minHeight: '70vh' }}>
      <Stack gap="xl" align="center" ta="center">
        <Title order={1} fz={36} c="dimmed" fw={600}>
          {session.title}
        </Title>
        {current?.phase ? (
          <>
            <Text fz={32}>{t('intervision:live.step', { n: current.index + 1, total: current.total })}</Text>
            <Text component="h2" fz={64} fw={800} lh={1.1} m={0} data-testid="live-current" aria-live="polite" style={{ overflowWrap: 'anywhere' }}>
              {current.phase.name[lang]}
            </Text>
            <Text fz={28}>{t('intervision:live.speaks', { who: t(`intervision:speaker.${current.phase.speaker}`) })}</Text>
            {state.currentEndsAt && <Countdown endsAt={state.currentEndsAt} fz={96} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }} />}
          </>
        ) : (
          <Text fz={48}>{state.status === 'ended' ? t('intervision:live.ended') : t('intervision:live.idle')}</Text>
        )}
      </Stack>
    </Box>
  );
}
