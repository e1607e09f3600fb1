import { Anchor, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { Panel } from '../../app/Panel';
import { IconLogout } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { usePageTitle } from '../../lib/page-title';
import { useMe } from '../auth/queries';
import { useSignOut } from '../auth/useSignOut';
import { CalendarFeedPanel } from '../meetings/CalendarFeedPanel';
import { DeleteAccountPanel } from './DeleteAccountPanel';
import { PasswordForm } from './PasswordForm';
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
      {me.data.isPlatformAdmin && (
        <Anchor component={Link} to="/admin/outbox">
          {t('mail:outbox.link')}
        </Anchor>
      )}
      <Panel id="details" title={t('profile:details')}>
        <ProfileForm key={me.data.id} me={me.data} />
      </Panel>
      <Panel id="password" title={t('profile:password.title')} intro={t('profile:password.intro')}>
        <PasswordForm />
      </Panel>
      <Panel id="sessions" title={t('profile:sessions.title')} intro={t('profile:sessions.intro')}>
        <SessionsList />
      </Panel>
      <CalendarFeedPanel />
      <Panel id="logout" title={t('profile:logout.title')}>
        <Button
          variant="default"
          leftSection={<IconLogout size={16} aria-hidden />}
          loading={isPending}
          onClick={signOut}
        >
          {t('auth:logout')}
        </Button>
      </Panel>
      <Panel id="delete" title={t('profile:delete.title')} intro={t('profile:delete.intro')}>
        <DeleteAccountPanel />
      </Panel>
    </Stack>
  );
}
