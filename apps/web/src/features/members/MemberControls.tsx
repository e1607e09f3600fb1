import { Group, Select } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { NetworkRole, ParticipantCategory, type Member, type UpdateMemberBody } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useUpdateMember } from './queries';

const engagementLevels = [1, 2, 3, 4, 5] as const;

/** Facilitators change a member's role, category and engagement; each change is saved at once. */
export function MemberControls({ networkId, member }: { networkId: string; member: Member }) {
  const { t } = useT();
  const update = useUpdateMember(networkId);
  const name = member.displayName;

  const save = (body: UpdateMemberBody) =>
    update.mutate(
      { userId: member.userId, body },
      {
        onSuccess: () => notifySuccess(t('members:saved', { name })),
        onError: (error) => notifyError(errorMessage(t, error)),
      },
    );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('members:roleLabel')}
        aria-label={t('members:roleOf', { name })}
        data={NetworkRole.options.map((role) => ({ value: role, label: t(`members:role.${role}`) }))}
        value={member.role}
        allowDeselect={false}
        disabled={update.isPending}
        onChange={(role) => role && role !== member.role && save({ role: role as NetworkRole })}
        w={180}
      />
      <Select
        label={t('members:categoryLabel')}
        aria-label={t('members:categoryOf', { name })}
        data={ParticipantCategory.options.map((category) => ({ value: category, label: t(`members:category.${category}`) }))}
        value={member.category}
        allowDeselect={false}
        disabled={update.isPending}
        onChange={(category) =>
          category && category !== member.category && save({ category: category as ParticipantCategory })
        }
        w={220}
      />
      <Select
        label={t('members:engagementLabel')}
        aria-label={t('members:engagementOf', { name })}
        data={engagementLevels.map((level) => ({ value: String(level), label: t(`members:engagement.${level}`) }))}
        value={member.engagement === undefined ? null : String(member.engagement)}
        allowDeselect={false}
        disabled={update.isPending}
        onChange={(level) => level && Number(level) !== member.engagement && save({ engagement: Number(level) })}
        w={230}
      />
    </Group>
  );
}
