import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useMe } from '../features/auth/queries';
import { PageLoader } from './PageState';

/** The front door: "Voor mij" when signed in, otherwise the welcome page for visitors. */
export function HomeRedirect({ visitor }: { visitor: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  return me.data ? <Navigate to="/voor-mij" replace /> : visitor;
}
