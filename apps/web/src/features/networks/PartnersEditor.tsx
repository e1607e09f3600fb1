import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import type { UseFormReturnType } from '@mantine/form';
import type { NetworkFormValues } from './form-values';
import { PartnerRow } from './PartnerRow';

export function PartnersEditor({ form }: { form: UseFormReturnType<NetworkFormValues> }) {
  const { t } = useT();
  const partners = form.values.partners;
  return (
    <Fieldset legend={t('networks:form.partners')}>
      <Stack>
        <Text size="sm">{t('networks:form.partnersHint')}</Text>
        {partners.length === 0 && <Text>{t('networks:form.noPartners')}</Text>}
        {partners.map((_partner, index) => (
          <PartnerRow key={index} form={form} index={index} />
        ))}
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('partners', { name: '', kind: null })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('networks:form.partnerAdd')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
