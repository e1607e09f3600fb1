import { Stack, Text } from '@mantine/core';
import type { NetworkSectionProps } from '../../lib/sections';
import { Panel } from '../../app/Panel';
import { useT } from '../../lib/use-t';
import { PageError, PageLoader } from '../../app/PageState';
import { useMe } from '../auth/queries';
import { MemberCard } from './MemberCard';
import { useMembers } from './queries';

export function MembersSection({ network, canManage }: NetworkSectionProps) {
  const { t } = useT();
  const networkId = network.id;
  const me = useMe();
  const members = useMembers(networkId, true);

  return (
    <Panel id="members" title={members.data ? `${t('members:title')} (${members.data.length})` : t('members:title')}>
      {members.isPending && <PageLoader />}
      {members.isError && <PageError error={members.error} onRetry={() => void members.refetch()} />}
      {members.data?.length === 0 && <Text>{t('members:none')}</Text>}
      {!canManage && members.data && members.data.length > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('members:engagementPrivate')}
        </Text>
      )}
      {members.data && members.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {members.data.map((member) => (
            <MemberCard
              key={member.userId}
              networkId={networkId}
              member={member}
              isMe={member.userId === me.data?.id}
              canManage={canManage}
            />
          ))}
        </Stack>
      )}
    </Panel>
  );
}
