import { Suspense } from 'react';
import { Button } from '@mantine/core';
import { useT } from '../lib/use-t';
import { Link, useLocation } from 'react-router-dom';
import { loginPathFrom } from '../features/auth/auth-redirect';
import { useMe } from '../features/auth/queries';
import { lazyComponent } from '../lib/lazy-component';

const AccountMenu = lazyComponent(() => import('./AccountMenu'), (m) => m.AccountMenu);

export function UserMenu() {
  const { t } = useT();
  const me = useMe();
  const { pathname } = useLocation();

  if (!me.data) {
    return (
      <Button component={Link} to={loginPathFrom(pathname)} variant="default" size="sm">
        {t('auth:login.submit')}
      </Button>
    );
  }
  return (
    <Suspense fallback={null}>
      <AccountMenu name={me.data.displayName} isPlatformAdmin={me.data.isPlatformAdmin} />
    </Suspense>
  );
}
