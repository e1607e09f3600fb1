import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { PublicQuestions } from '../agenda/PublicQuestions';
import { NetworkBadges } from '../networks/NetworkBadges';
import { NetworkProfile } from '../networks/NetworkProfile';
import { usePublicNetwork } from './queries';

/** A public network's profile for visitors without an account, with how to join. */
export function PublicNetworkPage() {
  const { t } = useT();
  const { networkId = '' } = useParams();
  const network = usePublicNetwork(networkId);
  usePageTitle(network.data?.name ?? t('welcome:publicProfile'));

  const back = (
    <Anchor component={Link} to="/">
      {t('welcome:back')}
    </Anchor>
  );
  if (network.isPending) return <PageLoader />;
  if (network.isError)
    return (
      <Stack>
        <Title order={1}>{t('welcome:publicProfile')}</Title>
        <PageError error={network.error} onRetry={() => void network.refetch()} />
        {back}
      </Stack>
    );

  const data = network.data;
  return (
    <Stack gap="lg">
      {back}
      <Stack gap="xs">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }} lang="nl" style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
          {data.name}
        </Title>
        <NetworkBadges network={data} />
      </Stack>
      <Alert color="blue" variant="light" title={t('welcome:wantToJoinTitle')}>
        <Text mb="sm">{t('welcome:wantToJoinText')}</Text>
        <Button component={Link} to="/login" size="xs">
          {t('welcome:login')}
        </Button>
      </Alert>
      <NetworkProfile network={data} />
      <PublicQuestions networkId={data.id} />
    </Stack>
  );
}
