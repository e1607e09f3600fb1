import { Fragment, Suspense } from 'react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageLoader } from '../../app/PageState';
import { Panel } from '../../app/Panel';
import { usePageTitle } from '../../lib/page-title';
import { useSections } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { NotificationList } from '../notifications/NotificationList';
import { NetworkNewsList } from './NetworkNewsList';

/**
 * "Voor mij", the home page after signing in: what is new for me (unread notifications), which of
 * my networks have news since my last visit, then the parts capabilities add (app/sections.ts `home`).
 */
export function ForMePage() {
  const { t } = useT();
  usePageTitle(t('forMe:title'));
  const sections = useSections().home;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('forMe:title')}</Title>
        <Text>{t('forMe:intro')}</Text>
      </Stack>
      <Panel id="for-me-notifications" title={t('forMe:notifications')}>
        <Stack gap="sm">
          <NotificationList filter={{ unreadOnly: true, pageSize: 5 }} empty={t('forMe:noNotifications')} more={false} />
          <Group>
            <Anchor component={Link} to="/meldingen">
              {t('forMe:allNotifications')}
            </Anchor>
          </Group>
        </Stack>
      </Panel>
      <Panel id="for-me-networks" title={t('forMe:networks')}>
        <Stack gap="sm">
          <NetworkNewsList />
          <Group>
            <Anchor component={Link} to="/networks">
              {t('forMe:myNetworks')}
            </Anchor>
          </Group>
        </Stack>
      </Panel>
      <Suspense fallback={<PageLoader />}>
        {sections.map(({ id, component: Section }) => (
          <Fragment key={id}>
            <Section />
          </Fragment>
        ))}
      </Suspense>
    </Stack>
  );
}
