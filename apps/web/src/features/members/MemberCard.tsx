import { Suspense } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import type { Member } from '@broedplaats/contracts';
import { formatDate } from '../../lib/dates';
import { lazyComponent } from '../../lib/lazy-component';

const MemberManagement = lazyComponent(() => import('./MemberManagement'), (m) => m.MemberManagement);

type Props = { networkId: string; member: Member; isMe: boolean; canManage: boolean };

export function MemberCard({ networkId, member, isMe, canManage }: Props) {
  const { t } = useT();
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
          <Suspense fallback={null}>
            <MemberManagement networkId={networkId} member={member} isMe={isMe} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}
