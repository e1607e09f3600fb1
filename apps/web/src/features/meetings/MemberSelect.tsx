import { Select } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { useMembers } from '../members/queries';

type Props = { networkId: string; label: string; value: string | null; onChange: (userId: string | null) => void; error?: string };

/** One of the network's members, or nobody (an item's owner, an action's assignee); the list loads when shown. */
export function MemberSelect({ networkId, label, value, onChange, error }: Props) {
  const { t } = useT();
  const members = useMembers(networkId, true);
  return (
    <Select
      label={label}
      clearable
      searchable
      placeholder={t('meetings:items.nobody')}
      value={value}
      onChange={onChange}
      data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }))}
      error={error}
    />
  );
}
