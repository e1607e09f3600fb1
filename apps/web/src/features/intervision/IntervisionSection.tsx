import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { IntervisionSessionSummary } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { currentLanguage } from '../../lib/i18n';
import { notifySuccess } from '../../lib/notify';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import './texts';
import { MethodsList } from './MethodsList';
import { sessionPath } from './paths';
import { PlanForm } from './PlanForm';
import { usePlanSession, useSessions } from './queries';

/** The network's intervision: the sessions I take part in (the server shows no others), planning one, and the methods. */
export function IntervisionSection({ network, canManage }: Props) {
  const { t } = useT();
  const navigate = useNavigate();
  const [planning, setPlanning] = useState(false);
  const sessions = useSessions(network.id);
  const plan = usePlanSession(network.id);
  const mayPlan = canManage && !network.archived;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('intervision:title')}</Title>
        {mayPlan && !planning && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setPlanning(true)}>
            {t('intervision:plan.open')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('intervision:intro')}</Text>
      {planning && (
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('intervision:plan.title')}
          </Title>
          <PlanForm
            networkId={network.id}
            submitLabel={t('intervision:plan.submit')}
            pending={plan.isPending}
            error={plan.error}
            onCancel={() => setPlanning(false)}
            onSubmit={(body) =>
              plan.mutate(body, {
                onSuccess: (s) => {
                  notifySuccess(t('intervision:plan.done'));
                  navigate(sessionPath(network.id, s.id));
                },
              })
            }
          />
        </Card>
      )}
      <Title order={3} size="h4" id="my-sessions">
        {t('intervision:sessions.title')}
      </Title>
      {sessions.isPending ? (
        <PageLoader />
      ) : sessions.isError ? (
        <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Text size="sm">{t('intervision:sessions.none')}</Text>
      ) : (
        <SessionList sessions={sessions.data} labelledBy="my-sessions" />
      )}
      <MethodsList networkId={network.id} canManage={mayPlan} />
    </Stack>
  );
}

export function SessionList({ sessions, labelledBy, networkNames }: { sessions: IntervisionSessionSummary[]; labelledBy: string; networkNames?: Map<string, string> }) {
  const { t } = useT();
  const lang = currentLanguage();
  return (
    <Stack component="ul" gap="sm" aria-labelledby={labelledBy} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sessions.map((s) => (
        <Stack component="li" key={s.id} gap={2}>
          <Group gap="xs">
            <Anchor component={Link} to={sessionPath(s.networkId, s.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {s.title}
            </Anchor>
            <Badge size="sm" variant="light" color="gray">
              {t(`intervision:status.${s.status}`)}
            </Badge>
          </Group>
          <Text size="xs">
            {formatDateTime(s.startsAt)} · {s.method.name[lang]} · {t('intervision:sessions.myRole', { role: t(`intervision:role.${s.myRole}`) })}
            {networkNames?.get(s.networkId) ? ` · ${t('intervision:mine.in', { network: networkNames.get(s.networkId) })}` : ''}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
