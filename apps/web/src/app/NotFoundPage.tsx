import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useT } from '../lib/use-t';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../lib/page-title';

export function NotFoundPage() {
  const { t } = useT();
  usePageTitle(t('common:notFound.title'));
  return (
    <Stack>
      <Title order={1}>{t('common:notFound.title')}</Title>
      <Text>{t('common:notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('common:notFound.home')}
      </Anchor>
    </Stack>
  );
}
