import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoader, PageError } from '../../app/PageState';
import { useMe } from './queries';

/**
 * Pages behind sign-in send visitors to the login page and bring them back afterwards. While the API
 * is still asked who is signed in, the page is already rendered out of sight, so its own requests run
 * alongside that question instead of after it (a visitor's simply fail, unseen).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.isPending && !me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return (
    <>
      {me.isPending && <PageLoader />}
      <div hidden={me.isPending}>{children}</div>
    </>
  );
}
