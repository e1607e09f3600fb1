import { Link } from 'react-router-dom';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';

/** A session does not exist for who is not in it: the same words as any unknown page. */
export function NotFound() {
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
