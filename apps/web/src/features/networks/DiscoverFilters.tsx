import { Group, Select } from '@mantine/core';
import { NetworkStatus, NetworkType, provinces, type Province } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';
import type { NetworkFilters } from './queries';
import { themeSelectProps, useThemeLabels } from './theme-labels';

type Props = { value: NetworkFilters; onChange: (filters: NetworkFilters) => void };

/** Province, theme, type and status for Ontdek; each can be cleared, and all combine. */
export function DiscoverFilters({ value, onChange }: Props) {
  const { t } = useT();
  const { labels } = useThemeLabels();
  const set = (changes: NetworkFilters) => onChange({ ...value, ...changes });
  const common = { clearable: true, w: 220, placeholder: t('networks:filters.all') } as const;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('networks:filters.label')}>
      <Select
        {...common}
        label={t('networks:filters.province')}
        data={[...provinces]}
        value={value.province ?? null}
        onChange={(province) => set({ province: (province as Province | null) ?? undefined })}
      />
      <Select
        {...common}
        searchable
        label={t('networks:filters.theme')}
        {...themeSelectProps(labels)}
        value={value.theme ?? null}
        onChange={(theme) => set({ theme: theme ?? undefined })}
      />
      <Select
        {...common}
        label={t('networks:filters.type')}
        data={NetworkType.options.map((type) => ({ value: type, label: t(`networks:type.${type}`) }))}
        value={value.type ?? null}
        onChange={(type) => set({ type: (type as NetworkType | null) ?? undefined })}
      />
      <Select
        {...common}
        label={t('networks:filters.status')}
        data={NetworkStatus.options.map((status) => ({ value: status, label: t(`networks:status.${status}`) }))}
        value={value.status ?? null}
        onChange={(status) => set({ status: (status as NetworkStatus | null) ?? undefined })}
      />
    </Group>
  );
}
