import { Group } from '@mantine/core';
import type { Member } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { MemberControls } from './MemberControls';
import { useRemoveMember } from './queries';

type Props = { networkId: string; member: Member; isMe: boolean };

/** A facilitator's controls on a member's card: its own download, so members never fetch them. */
export function MemberManagement({ networkId, member, isMe }: Props) {
  const { t } = useT();
  const remove = useRemoveMember(networkId);
  const name = member.displayName;
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <MemberControls networkId={networkId} member={member} />
      {!isMe && (
        <ConfirmButton
          size="sm"
          title={t('members:remove.title', { name })}
          question={t('members:remove.question', { name })}
          confirmLabel={t('members:remove.confirm')}
          onConfirm={() =>
            remove
              .mutateAsync(member.userId)
              .then(() => notifySuccess(t('members:remove.done', { name })))
              .catch((error: unknown) => notifyError(errorMessage(t, error)))
          }
        >
          {t('members:remove.button', { name })}
        </ConfirmButton>
      )}
    </Group>
  );
}
