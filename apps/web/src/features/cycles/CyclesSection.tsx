import { useState } from 'react';
import { Anchor, Button, Card, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconReport } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router-dom';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import './texts';
import { useMe } from '../auth/queries';
import { CycleForm } from './CycleForm';
import { CycleTable, Participation, StaleSetting, type CycleFilter } from './CycleTable';
import { PendingLogs } from './PendingLogs';
import { cyclePath, reportPath } from './paths';
import { useCycleSettings, useCycles, useStartCycle } from './queries';
import { useOutboxStarted } from './use-outbox';

const PAGE_SIZE = 20;

/** The network's learning cycles: what runs, what is stuck, and starting one. Facilitators also get the overview's tools. */
export function CyclesSection({ network, canManage }: Props) {
  const { t } = useT();
  useOutboxStarted();
  const me = useMe();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [filter, setFilter] = useState<CycleFilter>({ sort: 'recent' });
  const [page, setPage] = useState(1);
  const cycles = useCycles(network.id, { ...filter, page, pageSize: PAGE_SIZE });
  const start = useStartCycle(network.id);
  const settings = useCycleSettings(network.id);
  const readOnly = network.archived;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('cycles:title')}</Title>
        {!readOnly && !starting && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setStarting(true)}>
            {t('cycles:start.open')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('cycles:intro')}</Text>
      {starting && me.data && (
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('cycles:start.title')}
          </Title>
          <CycleForm
            networkId={network.id}
            meId={me.data.id}
            submitLabel={t('cycles:start.submit')}
            pending={start.isPending}
            error={start.error}
            onCancel={() => setStarting(false)}
            onSubmit={({ ownerIds, ...body }) =>
              start.mutate({ ...body, coOwnerIds: ownerIds }, { onSuccess: (cycle) => navigate(cyclePath(network.id, cycle.id)) })
            }
          />
        </Card>
      )}
      <PendingLogs />
      {cycles.isPending ? (
        <PageLoader />
      ) : cycles.isError ? (
        <PageError error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : cycles.data.total === 0 && !filter.phase && !filter.stale ? (
        <EmptyState
          title={t('cycles:empty.title')}
          text={t('cycles:empty.text')}
          action={
            !readOnly && !starting ? (
              <Button variant="light" onClick={() => setStarting(true)}>
                {t('cycles:start.open')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <CycleTable
            page={cycles.data}
            filter={filter}
            onFilter={(next) => {
              setFilter(next);
              setPage(1);
            }}
          />
          {cycles.data.total === 0 && <Text>{t('cycles:table.none')}</Text>}
          {cycles.data.total > PAGE_SIZE && <Pagination total={Math.ceil(cycles.data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
          {canManage && (
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('cycles:participation.title')}
              </Title>
              <Participation page={cycles.data} />
              <StaleSetting staleDays={cycles.data.staleDays} pending={settings.isPending} onSave={(days) => settings.mutate(days)} />
              <Group>
                <Anchor component={Link} to={reportPath(network.id)}>
                  <IconReport size={16} aria-hidden /> {t('cycles:report.open')}
                </Anchor>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
