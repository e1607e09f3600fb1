import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoader, PageError } from '../../app/PageState';
import { isApiError } from '../../lib/api';
import { useMe } from './queries';

/**
 * Pages behind sign-in send visitors to the login page and bring them back afterwards. While the API
 * is still asked who is signed in, the page is already rendered out of sight, so its own requests run
 * alongside that question instead of after it (a visitor's simply fail, unseen).
 */
export function RequireAuth({ children, offlineReady = false }: { children: ReactNode; offlineReady?: boolean }) {
  const me = useMe();
  const location = useLocation();
  // A page that works offline (a document, from this browser's copy) opens without asking, when asking
  // cannot work: the request is paused (the browser is offline) or failed for want of a network.
  // The same tree either way, so the page is not mounted anew when the answer comes after all.
  const failure = me.error ?? me.failureReason;
  const offline = offlineReady && !me.data && (me.fetchStatus === 'paused' || (isApiError(failure) && failure.code === 'network'));
  if (me.isError && !offline) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.isPending && !me.data && !offline) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  const waiting = me.isPending && !offline;
  return (
    <>
      {waiting && <PageLoader />}
      <div hidden={waiting}>{children}</div>
    </>
  );
}
