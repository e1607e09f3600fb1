import { useNavigate } from 'react-router-dom';
import { useT } from '../../lib/use-t';
import { notifySuccess } from '../../lib/notify';
import { useLogout } from './queries';

/** Logs out, says so, and goes to the login page, whatever the server answered. */
export function useSignOut() {
  const { t } = useT();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        notifySuccess(t('profile:logout.done'));
        navigate('/login', { replace: true });
      },
    });
  return { signOut, isPending: logout.isPending };
}
