import { Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { UpdateInstanceSettingsBody, instanceNameMax, instanceWelcomeMax, type InstanceSettings } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { useInstanceSettings, useUpdateInstanceSettings } from './queries';

const validate = zod4Resolver(UpdateInstanceSettingsBody);

/** The instance's name and the welcome text on the front door. */
export function SettingsSection() {
  const { t } = useT();
  const settings = useInstanceSettings();
  return (
    <Stack gap="md" component="section" aria-labelledby="admin-settings">
      <Title order={2} id="admin-settings">
        {t('admin:settings.title')}
      </Title>
      {settings.isPending && <PageLoader />}
      {settings.isError && <PageError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm initial={settings.data} />}
    </Stack>
  );
}

function SettingsForm({ initial }: { initial: InstanceSettings }) {
  const { t } = useT();
  const update = useUpdateInstanceSettings();
  const form = useForm<InstanceSettings>({ initialValues: initial, validate });
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      form.setValues(saved);
      form.resetDirty(saved);
      notifySuccess(t('admin:settings.saved'));
    } catch (error) {
      form.setErrors(fieldErrors(t, error));
      notifyError(errorMessage(t, error));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <TextInput label={t('admin:settings.name')} description={t('admin:settings.nameHint', { count: instanceNameMax })} required maxLength={instanceNameMax} {...form.getInputProps('name')} />
        <Textarea
          label={t('admin:settings.welcome')}
          description={t('admin:settings.welcomeHint', { count: instanceWelcomeMax })}
          autosize
          minRows={4}
          maxLength={instanceWelcomeMax}
          {...form.getInputProps('welcome')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('admin:settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
