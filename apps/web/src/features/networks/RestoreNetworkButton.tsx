import { useT } from '../../lib/use-t';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useRestoreNetwork } from './queries';

/** Where "Netwerk archiveren" was: brings an archived network back for its facilitators. */
export function RestoreNetworkButton({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useT();
  const restore = useRestoreNetwork(networkId);
  return (
    <ConfirmButton
      color="teal.9"
      confirmColor="teal.9"
      title={t('networks:restore.title', { name: networkName })}
      question={t('networks:restore.question')}
      confirmLabel={t('networks:restore.confirm')}
      onConfirm={() =>
        restore
          .mutateAsync()
          .then(() => notifySuccess(t('networks:restore.done', { name: networkName })))
          .catch((error: unknown) => notifyError(errorMessage(t, error)))
      }
    >
      {t('networks:restore.button')}
    </ConfirmButton>
  );
}
