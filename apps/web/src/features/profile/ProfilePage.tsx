import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { usePageTitle } from '../../lib/page-title';
import { useMe } from '../auth/queries';
import { useSignOut } from '../auth/useSignOut';
import { ProfileForm } from './ProfileForm';
import { SessionsList } from './SessionsList';

export function ProfilePage() {
  const { t } = useT();
  usePageTitle(t('profile:title'));
  const me = useMe();
  const { signOut, isPending } = useSignOut();
  if (!me.data) return null;

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('profile:title')}</Title>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="details-heading">
        <Title order={2} id="details-heading" mb="sm">
          {t('profile:details')}
        </Title>
        <ProfileForm key={me.data.id} me={me.data} />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sessions-heading">
        <Title order={2} id="sessions-heading" mb="xs">
          {t('profile:sessions.title')}
        </Title>
        <Text mb="md">{t('profile:sessions.intro')}</Text>
        <SessionsList />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="logout-heading">
        <Title order={2} id="logout-heading" mb="sm">
          {t('profile:logout.title')}
        </Title>
        <Button
          variant="default"
          leftSection={<IconLogout size={16} aria-hidden />}
          loading={isPending}
          onClick={signOut}
        >
          {t('auth:logout')}
        </Button>
      </Paper>
    </Stack>
  );
}
