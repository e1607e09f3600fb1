import { ActionIcon, Autocomplete, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { PartnerKind, type Partner } from '@broedplaats/contracts';
import type { UseFormReturnType } from '@mantine/form';
import type { NetworkFormValues } from './form-values';
import { usePartnerSearch } from './queries';

type Props = { form: UseFormReturnType<NetworkFormValues>; index: number };

/** One partner: a name suggested from organisations already known, and its kind. */
export function PartnerRow({ form, index }: Props) {
  const { t } = useT();
  const name = form.values.partners[index]?.name ?? '';
  const [q] = useDebouncedValue(name.trim(), 250);
  const suggestions = usePartnerSearch(q);
  const known: Partner[] = suggestions.data ?? [];
  const number = index + 1;

  const pick = (value: string) => {
    const match = known.find((partner) => partner.name === value);
    if (match) form.setFieldValue(`partners.${index}.kind`, match.kind);
  };

  return (
    <Group align="flex-start" wrap="wrap" gap="sm">
      <Autocomplete
        label={t('networks:form.partnerName', { number })}
        data={[...new Set(known.map((partner) => partner.name))]}
        onOptionSubmit={pick}
        style={{ flex: '1 1 220px' }}
        {...form.getInputProps(`partners.${index}.name`)}
      />
      <Select
        label={t('networks:form.partnerKind', { number })}
        data={PartnerKind.options.map((kind) => ({ value: kind, label: t(`networks:partnerKind.${kind}`) }))}
        allowDeselect={false}
        style={{ flex: '1 1 200px' }}
        {...form.getInputProps(`partners.${index}.kind`)}
      />
      <ActionIcon
        variant="subtle"
        color="red.8"
        size="lg"
        mt={26}
        aria-label={t('networks:form.partnerRemove', { number })}
        onClick={() => form.removeListItem('partners', index)}
      >
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
