import {
  Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput, Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useT } from '../../lib/use-t';
import { Focus, NetworkBody, NetworkType, provinces } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { bodyFromForm, emptyNetworkForm, type NetworkFormValues } from './form-values';
import { PartnersEditor } from './PartnersEditor';
import { themeSelectProps, useThemeLabels } from './theme-labels';

type Props = {
  initialValues?: NetworkFormValues;
  submitLabel: string;
  /** Rejects with the API's error; its field errors are shown on the inputs. */
  onSubmit: (body: NetworkBody) => Promise<unknown>;
  onCancel: () => void;
};

const validateBody = zod4Resolver(NetworkBody);
const latestYear = new Date().getFullYear() + 1;

export function NetworkForm({ initialValues = emptyNetworkForm, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useT();
  const { themes, labels } = useThemeLabels();
  const form = useForm<NetworkFormValues>({
    initialValues,
    // The contract is the rule: validate the body exactly as the server will.
    validate: (values) => validateBody(bodyFromForm(values)),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(bodyFromForm(values));
    } catch (error) {
      form.setErrors(fieldErrors(t, error));
      notifyError(errorMessage(t, error));
    }
  });


  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('networks:form.about')}>
          <Stack>
            <TextInput label={t('networks:form.name')} required {...form.getInputProps('name')} />
            <Textarea label={t('networks:form.domain')} description={t('networks:form.domainHint')} autosize minRows={2} {...form.getInputProps('domain')} />
            <Textarea label={t('networks:form.community')} description={t('networks:form.communityHint')} autosize minRows={2} {...form.getInputProps('community')} />
            <Textarea label={t('networks:form.practice')} description={t('networks:form.practiceHint')} autosize minRows={2} {...form.getInputProps('practice')} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('networks:form.placeAndKind')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('networks:form.province')} required data={[...provinces]} searchable {...form.getInputProps('province')} />
            <TextInput label={t('networks:form.region')} description={t('networks:form.regionHint')} {...form.getInputProps('region')} />
            <Select
              label={t('networks:form.type')}
              required
              data={NetworkType.options.map((type) => ({ value: type, label: t(`networks:type.${type}`) }))}
              {...form.getInputProps('type')}
            />
            <Select
              label={t('networks:form.status')}
              allowDeselect={false}
              data={(['active', 'paused', 'stopped'] as const).map((status) => ({ value: status, label: t(`networks:status.${status}`) }))}
              {...form.getInputProps('status')}
            />
            <NumberInput
              label={t('networks:form.startYear')}
              min={1990}
              max={latestYear}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=""
              {...form.getInputProps('startYear')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('networks:form.work')}>
          <Stack>
            <Checkbox.Group label={t('networks:form.focus')} description={t('networks:form.focusHint')} {...form.getInputProps('focus')}>
              <Stack gap="xs" mt="xs">
                {Focus.options.map((focus) => (
                  <Checkbox key={focus} value={focus} label={t(`networks:focus.${focus}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <MultiSelect
              label={t('networks:form.themes')}
              description={themes.isError ? t('networks:form.themesFailed') : t('networks:form.themesHint')}
              {...themeSelectProps(labels)}
              searchable
              clearable
              disabled={themes.isPending}
              {...form.getInputProps('themeIds')}
            />
          </Stack>
        </Fieldset>

        <PartnersEditor form={form} />

        <Fieldset legend={t('networks:form.visibility')}>
          <Radio.Group {...form.getInputProps('visibility')} aria-label={t('networks:form.visibility')}>
            <Stack gap="xs">
              <Radio value="members" label={t('networks:visibility.members')} description={t('networks:visibility.membersHint')} />
              <Radio value="public" label={t('networks:visibility.public')} description={t('networks:visibility.publicHint')} />
            </Stack>
          </Radio.Group>
        </Fieldset>

        <Group>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
