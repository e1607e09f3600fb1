import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import type { Invitation } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { CopyLinkButton } from './CopyLinkButton';
import { inviteLink, useRevokeInvitation } from './queries';

const stateColor = { open: 'teal', used: 'gray', expired: 'orange', revoked: 'red' } as const;

export function InvitationItem({ networkId, invitation }: { networkId: string; invitation: Invitation }) {
  const { t } = useT();
  const revoke = useRevokeInvitation(networkId);
  const what = t('invitations:item.what', {
    role: t(`members:role.${invitation.role}`),
    category: t(`members:category.${invitation.category}`),
  });

  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{what}</Text>
          <Badge variant="light" color={stateColor[invitation.state]}>
            {t(`invitations:state.${invitation.state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {invitation.reusable ? t('invitations:item.reusable') : t('invitations:item.oneOff')} ·{' '}
          {t('invitations:item.uses', { count: invitation.useCount })} ·{' '}
          {t('invitations:item.expires', { date: formatDateTime(invitation.expiresAt) })}
        </Text>
        <Text size="sm">
          {t('invitations:item.createdBy', { name: invitation.createdByName, date: formatDateTime(invitation.createdAt) })}
        </Text>
        {invitation.state === 'open' && (
          <Group gap="sm">
            <CopyLinkButton link={inviteLink(invitation.token)} label={t('invitations:item.copy', { what })} />
            <ConfirmButton
              size="sm"
              title={t('invitations:revoke.title')}
              question={t('invitations:revoke.question')}
              confirmLabel={t('invitations:revoke.confirm')}
              onConfirm={() =>
                revoke
                  .mutateAsync(invitation.id)
                  .then(() => notifySuccess(t('invitations:revoke.done')))
                  .catch((error: unknown) => notifyError(errorMessage(t, error)))
              }
            >
              {t('invitations:revoke.button', { what })}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
