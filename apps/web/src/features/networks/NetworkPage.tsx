import { Suspense } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { Link, useParams } from 'react-router-dom';
import { canManageNetwork } from '@broedplaats/domain';
import { PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { seesSection, useSections } from '../../lib/sections';
import { useMe } from '../auth/queries';
import { LeaveNetworkButton } from '../members/LeaveNetworkButton';
import { ArchiveButton } from './ArchiveButton';
import { useNetwork } from './queries';

export function NetworkPage() {
  const { t } = useT();
  const { networkId = '' } = useParams();
  const me = useMe();
  const network = useNetwork(networkId);
  const sections = useSections().network;
  usePageTitle(network.data?.name ?? t('networks:page.title'));

  if (network.isPending) return <PageLoader />;
  if (network.isError)
    return (
      <Stack>
        <Title order={1}>{t('networks:page.title')}</Title>
        <PageError error={network.error} onRetry={() => void network.refetch()} />
        <Anchor component={Link} to="/networks">
          {t('networks:page.back')}
        </Anchor>
      </Stack>
    );

  const data = network.data;
  const isMember = data.myRole !== null;
  const canManage = canManageNetwork({ role: data.myRole, isPlatformAdmin: me.data?.isPlatformAdmin ?? false });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {data.name}
        </Title>
        <Group gap={6}>
          <Badge variant="light">{t(`networks:type.${data.type}`)}</Badge>
          <Badge variant="light" color={data.status === 'active' ? 'teal' : 'gray'}>
            {t(`networks:status.${data.status}`)}
          </Badge>
          {data.myRole && <Badge variant="filled">{t('networks:page.yourRole', { role: t(`members:role.${data.myRole}`) })}</Badge>}
        </Group>
        {(canManage || isMember) && (
          <Group gap="sm" mt="xs">
            {canManage && !data.archived && (
              <Button component={Link} to={`/networks/${data.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
                {t('networks:page.edit')}
              </Button>
            )}
            {canManage && <ArchiveButton networkId={data.id} networkName={data.name} archived={data.archived} />}
            {isMember && <LeaveNetworkButton networkId={data.id} networkName={data.name} />}
          </Group>
        )}
      </Stack>

      {data.archived && (
        <Alert color="orange" variant="light" title={t('networks:page.archivedTitle')}>
          {t('networks:page.archivedText')}
        </Alert>
      )}
      {!isMember && (
        <Alert color="blue" variant="light" title={t('networks:page.publicTitle')}>
          <Text>{t('networks:page.publicText')}</Text>
        </Alert>
      )}

      {/* The parts capabilities register (app/sections.ts), each shown to whom it is for. */}
      <Suspense fallback={<PageLoader />}>
        {sections
          .filter((section) => seesSection(section.audience, { isMember, canManage }))
          .map(({ id, component: Section }) => (
            <Section key={id} network={data} canManage={canManage} />
          ))}
      </Suspense>
    </Stack>
  );
}
