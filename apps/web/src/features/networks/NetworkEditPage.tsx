import { Stack, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageError, PageLoader } from '../../app/PageState';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { formFromNetwork } from './form-values';
import { NetworkForm } from './NetworkForm';
import { useNetwork, useUpdateNetwork } from './queries';

export function NetworkEditPage() {
  const { t } = useT();
  const { networkId = '' } = useParams();
  const navigate = useNavigate();
  const network = useNetwork(networkId);
  const update = useUpdateNetwork(networkId);
  usePageTitle(network.data ? t('networks:edit.title', { name: network.data.name }) : undefined);

  if (network.isPending) return <PageLoader />;
  if (network.isError) return <PageError error={network.error} onRetry={() => void network.refetch()} />;
  // Facilitators edit, and a platform admin on a facilitator-on-duty shift here.
  if (network.data.myRole !== 'facilitator' && !network.data.onDuty) return <Navigate to={`/networks/${networkId}`} replace />;

  return (
    <Stack maw={760}>
      <Title order={1}>{t('networks:edit.title', { name: network.data.name })}</Title>
      <NetworkForm
        initialValues={formFromNetwork(network.data)}
        submitLabel={t('networks:edit.submit')}
        onCancel={() => navigate(`/networks/${networkId}`)}
        onSubmit={async (body) => {
          await update.mutateAsync(body);
          notifySuccess(t('networks:edit.done'));
          navigate(`/networks/${networkId}`);
        }}
      />
    </Stack>
  );
}
