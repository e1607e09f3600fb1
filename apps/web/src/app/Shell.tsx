import { Suspense } from 'react';
import { Anchor, AppShell, Box, Group, Text } from '@mantine/core';
import { useT } from '../lib/use-t';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useMe } from '../features/auth/queries';
import { ConnectionBanner } from './ConnectionBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { LanguageSync } from './LanguageSync';
import { PageLoader } from './PageState';
import { RouteFocus } from './RouteFocus';
import { UserMenu } from './UserMenu';
import { lazyComponent } from '../lib/lazy-component';
import classes from './Shell.module.css';

// Live updates (the socket client and every capability's handlers) matter only once signed in.
const LiveSync = lazyComponent(() => import('./LiveSync'), (m) => m.LiveSync);
// The bell, like the account menu, arrives in its own download once signed in.
const NotificationBell = lazyComponent(() => import('../features/notifications/NotificationBell'), (m) => m.NotificationBell);

export function Shell() {
  const { t } = useT();
  const me = useMe();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('common:skipToContent')}
      </a>
      <LanguageSync />
      {me.data && (
        <Suspense fallback={null}>
          <LiveSync />
        </Suspense>
      )}
      <RouteFocus />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="dark" fw={800} size="lg" aria-label={t('common:homeLink')}>
              {t('common:appName')}
            </Anchor>
            {me.data && (
              <Box component="nav" aria-label={t('common:mainNav')} visibleFrom="sm">
                <NavLink to="/voor-mij" end className={classes.navLink}>
                  {t('forMe:nav')}
                </NavLink>
                <NavLink to="/networks" end className={classes.navLink}>
                  {t('networks:mine.title')}
                </NavLink>
              </Box>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {me.data && (
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <ConnectionBanner />
        <Box maw={1100} mx="auto">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
      <Text component="footer" ta="center" size="sm" py="md" c="gray.7">
        {t('common:footer')}
      </Text>
    </AppShell>
  );
}
