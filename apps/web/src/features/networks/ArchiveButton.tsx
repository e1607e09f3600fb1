import { useT } from '../../lib/use-t';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useArchiveChange } from './queries';

type Props = { networkId: string; networkName: string; archived: boolean };

/** Facilitators archive an active network, or bring an archived one back (not in the red of destruction). */
export function ArchiveButton({ networkId, networkName, archived }: Props) {
  const { t } = useT();
  const action = archived ? 'restore' : 'archive';
  const change = useArchiveChange(networkId, action);
  return (
    <ConfirmButton
      confirmColor={archived ? 'teal.9' : undefined}
      title={t(`networks:${action}.title`, { name: networkName })}
      question={t(`networks:${action}.question`)}
      confirmLabel={t(`networks:${action}.confirm`)}
      onConfirm={() =>
        change
          .mutateAsync()
          .then(() => notifySuccess(t(`networks:${action}.done`, { name: networkName })))
          .catch((error: unknown) => notifyError(errorMessage(t, error)))
      }
    >
      {t(`networks:${action}.button`)}
    </ConfirmButton>
  );
}
