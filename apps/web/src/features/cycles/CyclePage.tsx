import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencilPlus } from '@tabler/icons-react';
import { Panel } from '../../app/Panel';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { notifySuccess, notifyWarning } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import './texts';
import { useMe } from '../auth/queries';
import { ClosePanel } from './ClosePanel';
import { CycleBadges } from './CycleBadges';
import { CycleComments } from './CycleComments';
import { CycleForm } from './CycleForm';
import { CycleParts } from './CycleParts';
import { IndicatorsPanel } from './IndicatorsPanel';
import { LogForm } from './LogForm';
import { LogList } from './LogList';
import { PendingLogs } from './PendingLogs';
import { PhasePanel } from './PhasePanel';
import { cyclePath, cyclesTabPath } from './paths';
import { useCycle, useCycleLogs, useUpdateCycle } from './queries';
import { useOutboxStarted } from './use-outbox';

/** One cycle: its question and plan, the loop, the try-outs, the indicators, comments and closing. */
export function CyclePage() {
  const { t } = useT();
  useOutboxStarted();
  const { networkId = '', cycleId = '' } = useParams();
  const me = useMe();
  const cycle = useCycle(networkId, cycleId);
  const logs = useCycleLogs(networkId, cycleId);
  const update = useUpdateCycle(networkId, cycleId);
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState(false);
  usePageTitle(cycle.data?.title ?? t('cycles:title'));
  const back = (
    <Anchor component={Link} to={cyclesTabPath(networkId)}>
      <IconArrowLeft size={14} aria-hidden /> {t('cycles:page.back')}
    </Anchor>
  );
  if (cycle.isPending || !me.data) return <PageLoader />;
  if (cycle.isError)
    return (
      <Stack>
        <Title order={1}>{t('cycles:title')}</Title>
        <PageError error={cycle.error} onRetry={() => void cycle.refetch()} />
        {back}
      </Stack>
    );
  const c = cycle.data;
  const meId = me.data.id;
  const running = c.status === 'running';
  const canEdit = c.may.edit && running;
  const indicatorName = (id: string) => c.outcomes.flatMap((o) => o.indicators).find((i) => i.id === id)?.name ?? '';

  return (
    <Stack gap="lg" maw={860}>
      {back}
      <Stack gap={6}>
        <Title order={1}>{c.title}</Title>
        <CycleBadges cycle={c} visibility />
        <Text size="sm">
          {t('cycles:page.owners', { names: c.owners.map((o) => o.displayName).join(', ') })}
          {c.coach && ` · ${t('cycles:page.coach', { name: c.coach.displayName })}`}
        </Text>
        <Text size="sm">{t(`cycles:visibilityHint.${c.visibility}`)}</Text>
        {c.handedOver && <Alert color="yellow">{t('cycles:page.handedOver', { name: c.handedOver.from?.displayName ?? t('cycles:formerMember'), date: formatDateTime(c.handedOver.at) })}</Alert>}
        {c.followUpOf && (
          <Anchor component={Link} to={cyclePath(networkId, c.followUpOf)} size="sm">
            {t('cycles:page.followUpOf')}
          </Anchor>
        )}
        {c.followUpId && (
          <Anchor component={Link} to={cyclePath(networkId, c.followUpId)} size="sm">
            {t('cycles:page.followUp')}
          </Anchor>
        )}
      </Stack>

      {canEdit && !logging && (
        <Group>
          <Button size="md" leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={() => setLogging(true)}>
            {t('cycles:quick.open')}
          </Button>
        </Group>
      )}
      {canEdit && logging && (
        <Card withBorder>
          <LogForm
            networkId={networkId}
            cycle={c}
            onCancel={() => setLogging(false)}
            onDone={(result) => {
              setLogging(false);
              if (result === 'sent') notifySuccess(t('cycles:log.sent'));
              else if (result === 'waiting') notifyWarning(t('cycles:pending.waiting'), t('cycles:log.waiting'));
            }}
          />
        </Card>
      )}
      <PendingLogs cycleId={c.id} />

      <Panel id="cycle-parts" title={t('cycles:page.parts')}>
        {editing ? (
          <CycleForm
            networkId={networkId}
            meId={meId}
            cycle={c}
            submitLabel={t('cycles:page.save')}
            pending={update.isPending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSubmit={({ ownerIds, ...body }) => update.mutate({ ...body, ownerIds: [meId, ...ownerIds] }, { onSuccess: () => setEditing(false) })}
          />
        ) : (
          <Stack gap="sm">
            <CycleParts cycle={c} />
            {canEdit && (
              <Group>
                <Button variant="light" onClick={() => setEditing(true)}>
                  {t('cycles:page.edit')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Panel>

      <Panel id="cycle-phase" title={t('cycles:page.loop')}>
        <PhasePanel key={`${c.iteration}-${c.phase}-${c.updatedAt}`} cycle={c} networkId={networkId} canEdit={canEdit} />
      </Panel>

      <Panel id="cycle-indicators" title={t('cycles:indicators.title')}>
        <IndicatorsPanel networkId={networkId} cycle={c} canEdit={canEdit} />
      </Panel>

      <Panel id="cycle-logs" title={t('cycles:logs.title')}>
        {logs.data ? <LogList logs={logs.data} indicatorName={indicatorName} /> : logs.isError ? <PageError error={logs.error} /> : <PageLoader />}
      </Panel>

      <Panel id="cycle-comments" title={t('cycles:comments.title')}>
        <CycleComments networkId={networkId} cycleId={c.id} mayComment={c.may.comment && running} />
      </Panel>

      {canEdit && (
        <Panel id="cycle-close" title={t('cycles:close.title')} intro={t('cycles:close.intro')}>
          <ClosePanel networkId={networkId} cycle={c} />
        </Panel>
      )}
    </Stack>
  );
}
