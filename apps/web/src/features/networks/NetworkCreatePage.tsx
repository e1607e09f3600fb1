import { Title, Text, Stack } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { useNavigate } from 'react-router-dom';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { NetworkForm } from './NetworkForm';
import { useCreateNetwork } from './queries';

export function NetworkCreatePage() {
  const { t } = useT();
  usePageTitle(t('networks:create.title'));
  const navigate = useNavigate();
  const create = useCreateNetwork();

  return (
    <Stack maw={760}>
      <Title order={1}>{t('networks:create.title')}</Title>
      <Text>{t('networks:create.intro')}</Text>
      <NetworkForm
        submitLabel={t('networks:create.submit')}
        onCancel={() => navigate('/networks')}
        onSubmit={async (body) => {
          const network = await create.mutateAsync(body);
          notifySuccess(t('networks:create.done', { name: network.name }));
          navigate(`/networks/${network.id}`);
        }}
      />
    </Stack>
  );
}
