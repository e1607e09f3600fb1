import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import type { Member } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/dates';
import { notifyError, notifySuccess } from '../../lib/notify';
import { MemberControls } from './MemberControls';
import { useRemoveMember } from './queries';

type Props = { networkId: string; member: Member; isMe: boolean; canManage: boolean };

export function MemberCard({ networkId, member, isMe, canManage }: Props) {
  const { t } = useT();
  const remove = useRemoveMember(networkId);
  const name = member.displayName;

  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>
            {name}
            {isMe && ` (${t('members:you')})`}
          </Text>
          <Group gap={6}>
            <Badge variant={member.role === 'facilitator' ? 'filled' : 'light'}>{t(`members:role.${member.role}`)}</Badge>
            <Badge variant="light" color="grape">
              {t(`members:category.${member.category}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {member.engagement !== undefined && `${t('members:engagementShort', { level: member.engagement })} · `}
          {t('members:joinedOn', { date: formatDate(member.joinedAt) })}
        </Text>
        {canManage && (
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
        )}
      </Stack>
    </Paper>
  );
}
