import { Suspense } from 'react';
import { Badge, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import type { Member } from '@broedplaats/contracts';
import { formatDate } from '../../lib/dates';
import { lazyComponent } from '../../lib/lazy-component';
import { PersonAvatar } from './PersonAvatar';

const MemberManagement = lazyComponent(() => import('./MemberManagement'), (m) => m.MemberManagement);

type Props = { networkId: string; member: Member; isMe: boolean; canManage: boolean };

export function MemberCard({ networkId, member, isMe, canManage }: Props) {
  const { t } = useT();
  const name = member.displayName;

  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <PersonAvatar name={name} />
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text fw={700}>
                {name}
                {isMe && ` (${t('members:you')})`}
              </Text>
              {/* Empty fields are left out: a card shows what the person told, not the form. */}
              {member.organisation && <Text size="sm">{member.organisation}</Text>}
            </div>
            <Group gap={6}>
              <Badge variant={member.role === 'facilitator' ? 'filled' : 'light'}>{t(`members:role.${member.role}`)}</Badge>
              <Badge variant="light" color="grape">
                {t(`members:category.${member.category}`)}
              </Badge>
            </Group>
          </Group>
          {member.bio && (
            // Long bios fold to a few lines; the button opens the rest.
            <Spoiler maxHeight={72} showLabel={t('members:bio.more')} hideLabel={t('members:bio.less')}>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {member.bio}
              </Text>
            </Spoiler>
          )}
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
      </Group>
    </Paper>
  );
}
