import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { RETENTION_DAYS_DEFAULT, intervisionRoutes, type IntervisionSessionDetail, type IntervisionSessionSummary } from '@broedplaats/contracts';
import { mayWriteCase } from '@broedplaats/domain';
import { ConfirmButton } from '../../app/ConfirmButton';
import { NotFound } from './NotFound';
import { PageError, PageLoader } from '../../app/PageState';
import { callRoute, isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import './texts';
import { useLiveSteps } from '../meetings/use-live-steps';
import { CaseEditor } from './CaseEditor';
import { Contributions } from './Contributions';
import { currentPhase, LivePhases } from './LivePhases';
import { intervisionTabPath } from './paths';
import { PlanForm } from './PlanForm';
import { useAudit, useIntervisionChange, useSession, useSessions, useUpdateSession } from './queries';

/**
 * One intervision session, for its participants only: the server answers 404 to everyone else, and
 * this page then shows "not found" (a planner outside it sees the summary and may change the roles).
 */
export function SessionPage() {
  const { t } = useT();
  const { networkId = '', sessionId = '' } = useParams();
  const session = useSession(networkId, sessionId);
  const hidden = session.isError && isApiError(session.error) && session.error.code === 'not_found';
  const list = useSessions(networkId);
  const planned = hidden ? list.data?.find((s) => s.id === sessionId && s.myRole === 'planner') : undefined;
  usePageTitle(session.data?.title ?? planned?.title ?? t('intervision:title'));

  if (session.isPending || (hidden && list.isPending)) return <PageLoader />;
  if (hidden && planned) return <PlannerView networkId={networkId} session={planned} />;
  if (hidden) return <NotFound />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  return <Session networkId={networkId} session={session.data} loadedAt={session.dataUpdatedAt} />;
}

const Back = ({ networkId }: { networkId: string }) => {
  const { t } = useT();
  return (
    <Anchor component={Link} to={intervisionTabPath(networkId)}>
      <IconArrowLeft size={14} aria-hidden /> {t('intervision:session.back')}
    </Anchor>
  );
};

function Heading({ session }: { session: IntervisionSessionSummary }) {
  const { t } = useT();
  const lang = currentLanguage();
  return (
    <Stack gap="xs">
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {session.title}
      </Title>
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t(`intervision:status.${session.status}`)}
        </Badge>
        <Badge variant="outline" color="gray" tt="none">
          {t(`intervision:role.${session.myRole}`)}
        </Badge>
      </Group>
      <Text fw={600}>
        {formatDateTime(session.startsAt)} · {t('intervision:sessions.method', { method: session.method.name[lang] })}
      </Text>
      <Text size="sm">
        {t('intervision:session.people')}: {session.people.map((p) => `${p.person.displayName} (${t(`intervision:role.${p.role}`)})`).join(', ')}
      </Text>
    </Stack>
  );
}

/** Changing title, time, method and roles until it starts (lead or planner), and cancelling. */
function Arrange({ networkId, session }: { networkId: string; session: IntervisionSessionSummary }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const update = useUpdateSession(networkId, session.id);
  const cancel = useIntervisionChange(networkId, () => callRoute(intervisionRoutes.cancelIntervisionSession, { params: { networkId, sessionId: session.id } }));
  if (session.status !== 'planned') return null;
  return (
    <Paper withBorder p="md" radius="md">
      {open ? (
        <PlanForm
          networkId={networkId}
          initial={session}
          submitLabel={t('intervision:plan.save')}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setOpen(false)}
          onSubmit={(body) => update.mutate(body, { onSuccess: () => (setOpen(false), notifySuccess(t('intervision:plan.saved'))) })}
        />
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('intervision:plan.editHint')}</Text>
          <Group>
            <Button variant="default" onClick={() => setOpen(true)}>
              {t('intervision:plan.edit')}
            </Button>
            <ConfirmButton
              variant="outline"
              color="red.9"
              title={t('intervision:plan.cancelSession')}
              question={t('intervision:plan.cancelQuestion')}
              confirmLabel={t('intervision:plan.cancelSession')}
              onConfirm={() => cancel.mutateAsync(undefined).then(() => (notifySuccess(t('intervision:plan.cancelled')), navigate(intervisionTabPath(networkId))))}
            >
              {t('intervision:plan.cancelSession')}
            </ConfirmButton>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function PlannerView({ networkId, session }: { networkId: string; session: IntervisionSessionSummary }) {
  const { t } = useT();
  return (
    <Stack gap="lg" maw={860}>
      <Back networkId={networkId} />
      <Heading session={session} />
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {t('intervision:session.plannerOnly')}
      </Alert>
      <Arrange networkId={networkId} session={session} />
    </Stack>
  );
}

function Session({ networkId, session, loadedAt }: { networkId: string; session: IntervisionSessionDetail; loadedAt: number }) {
  const { t } = useT();
  const { state, viewers } = useLiveSteps(networkId, session.id, session.live, loadedAt, 'intervision');
  const phase = currentPhase(state, session.phases)?.phase ?? null;
  const status = state.status === 'running' ? 'running' : session.status;
  const isOwner = session.myRole === 'case-owner';
  return (
    <Stack gap="lg" maw={860}>
      <Back networkId={networkId} />
      <Heading session={session} />
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} role="note">
        {t('intervision:session.confidential', { days: RETENTION_DAYS_DEFAULT })}
      </Alert>
      {(session.myRole === 'lead') && <Arrange networkId={networkId} session={session} />}
      <LivePhases networkId={networkId} session={session} state={state} viewers={viewers} />
      <CaseEditor networkId={networkId} session={session} mayWrite={!session.erasedAt && mayWriteCase(status, phase)} />
      <Contributions networkId={networkId} session={session} phase={phase} />
      {isOwner && <TakeAways networkId={networkId} session={session} />}
      <Audit networkId={networkId} sessionId={session.id} />
    </Stack>
  );
}

/** The case owner's own take-aways: theirs alone, kept after the case is erased. */
function TakeAways({ networkId, session }: { networkId: string; session: IntervisionSessionDetail }) {
  const { t } = useT();
  const [text, setText] = useState(session.takeAways ?? '');
  const params = { networkId, sessionId: session.id };
  const save = useIntervisionChange(networkId, (body: { text: string }) => callRoute(intervisionRoutes.writeIntervisionTakeAways, { params, body }));
  const remove = useIntervisionChange(networkId, () => callRoute(intervisionRoutes.deleteIntervisionTakeAways, { params }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="take-aways-heading">
      <Title order={2} id="take-aways-heading" mb="xs">
        {t('intervision:takeAways.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('intervision:takeAways.hint')}
      </Text>
      <Stack gap="xs">
        <Textarea label={t('intervision:takeAways.label')} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group>
          <Button loading={save.isPending} disabled={text.trim() === ''} onClick={() => save.mutate({ text }, { onSuccess: () => notifySuccess(t('intervision:takeAways.saved')) })}>
            {t('intervision:takeAways.save')}
          </Button>
          {session.takeAways && (
            <Button variant="outline" color="red.9" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => (setText(''), notifySuccess(t('intervision:takeAways.deleted'))) })}>
              {t('intervision:takeAways.delete')}
            </Button>
          )}
        </Group>
        {(save.isError || remove.isError) && (
          <Text c="red.8" role="alert">
            {errorMessage(t, save.error ?? remove.error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Audit({ networkId, sessionId }: { networkId: string; sessionId: string }) {
  const { t } = useT();
  const audit = useAudit(networkId, sessionId, true);
  if (!audit.data) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="audit-heading">
      <Title order={2} size="h4" id="audit-heading" mb="xs">
        {t('intervision:audit.title')}
      </Title>
      {audit.data.length === 0 ? (
        <Text size="sm">{t('intervision:audit.none')}</Text>
      ) : (
        <Stack component="ul" gap={2} style={{ paddingLeft: '1.2rem', margin: 0 }}>
          {audit.data.slice(0, 20).map((a, i) => (
            <Text component="li" size="sm" key={`${a.openedAt}-${i}`}>
              {a.person?.displayName ?? t('intervision:contrib.someone')} · {formatDateTime(a.openedAt)}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
