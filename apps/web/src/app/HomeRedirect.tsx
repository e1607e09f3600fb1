import { Navigate } from 'react-router-dom';
import { useMe } from '../features/auth/queries';
import { PageLoader } from './PageState';

/** The front door: your networks when signed in, otherwise the login page. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  return <Navigate to={me.data ? '/networks' : '/login'} replace />;
}
