import { useT } from '../../lib/use-t';
import { useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../auth/queries';
import { useRemoveMember } from './queries';
import { useLeavingStore } from './store';

type Props = { networkId: string; networkName: string; opened: boolean; onClose: () => void };

/** Asks before leaving (the safe choice has focus), then leaves and goes back to one's networks. */
export function LeaveNetworkDialog({ networkId, networkName, opened, onClose }: Props) {
  const { t } = useT();
  const me = useMe();
  const navigate = useNavigate();
  const remove = useRemoveMember(networkId);
  const { start, done } = useLeavingStore();
  if (!me.data) return null;
  const myId = me.data.id;

  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('members:leave.title', { name: networkName })}
      question={t('members:leave.question', { name: networkName })}
      confirmLabel={t('members:leave.confirm')}
      onConfirm={async () => {
        start(networkId);
        try {
          await remove.mutateAsync(myId);
          notifySuccess(t('members:leave.done', { name: networkName }));
          navigate('/networks');
        } catch (error) {
          done(networkId);
          notifyError(errorMessage(t, error));
        }
      }}
    />
  );
}
