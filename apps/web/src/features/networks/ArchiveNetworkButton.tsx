import { useT } from '../../lib/use-t';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useArchiveNetwork } from './queries';

export function ArchiveNetworkButton({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useT();
  const archive = useArchiveNetwork(networkId);
  return (
    <ConfirmButton
      title={t('networks:archive.title', { name: networkName })}
      question={t('networks:archive.question')}
      confirmLabel={t('networks:archive.confirm')}
      onConfirm={() =>
        archive
          .mutateAsync()
          .then(() => notifySuccess(t('networks:archive.done', { name: networkName })))
          .catch((error: unknown) => notifyError(errorMessage(t, error)))
      }
    >
      {t('networks:archive.button')}
    </ConfirmButton>
  );
}
