import { Stack, Text, Title } from '@mantine/core';
import type { Network } from '@broedplaats/contracts';
import { Panel } from '../../app/Panel';
import { useT } from '../../lib/use-t';
import { PageError, PageLoader } from '../../app/PageState';
import { CreateInvitationForm } from './CreateInvitationForm';
import { InviteByEmailForm } from './InviteByEmailForm';
import { InvitationItem } from './InvitationItem';
import { useInvitations } from './queries';

/** Facilitators only: make invite links, see which still work, revoke them. */
export function InvitationsSection({ network }: { network: Network }) {
  const { t } = useT();
  const { id: networkId, archived } = network;
  const invitations = useInvitations(networkId, true);

  return (
    <Panel id="invitations" title={t('invitations:title')} intro={t('invitations:intro')}>
      <Stack gap="lg">
        {archived ? (
          <Text>{t('invitations:archived')}</Text>
        ) : (
          <>
            <CreateInvitationForm networkId={networkId} />
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('invitations:email.title')}
              </Title>
              <InviteByEmailForm networkId={networkId} />
            </Stack>
          </>
        )}
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('invitations:listTitle')}
          </Title>
          {invitations.isPending && <PageLoader />}
          {invitations.isError && <PageError error={invitations.error} onRetry={() => void invitations.refetch()} />}
          {invitations.data?.length === 0 && <Text>{t('invitations:none')}</Text>}
          {invitations.data && invitations.data.length > 0 && (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {invitations.data.map((invitation) => (
                <InvitationItem key={invitation.id} networkId={networkId} invitation={invitation} />
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Panel>
  );
}
