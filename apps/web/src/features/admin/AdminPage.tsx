import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useMe } from '../auth/queries';
import { AuditSection } from './AuditSection';
import { NetworksSection } from './NetworksSection';
import { SettingsSection } from './SettingsSection';
import { UsersSection } from './UsersSection';

/** /beheer: platform admins look after accounts and networks, set the front door's text and read what admins did. */
export function AdminPage() {
  const { t } = useT();
  usePageTitle(t('admin:title'));
  const me = useMe();
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t('admin:title')}</Title>
        <Text>{t('admin:intro')}</Text>
        <Anchor component={Link} to="/admin/outbox">
          {t('mail:outbox.link')}
        </Anchor>
      </Stack>
      <UsersSection myId={me.data?.id ?? ''} />
      <NetworksSection />
      <SettingsSection />
      <AuditSection />
    </Stack>
  );
}
