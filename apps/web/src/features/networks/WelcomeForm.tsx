import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { UpdateNetworkBody, type Network } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { useUpdateNetwork } from './queries';

const WELCOME_MAX = 2000;

/** The facilitators' welcome for members, in Instellingen; it shows first on Overzicht. */
export function WelcomeForm({ network }: { network: Network }) {
  const { t } = useT();
  const update = useUpdateNetwork(network.id);
  const form = useForm<{ welcome: string }>({
    initialValues: { welcome: network.welcome ?? '' },
    validate: zod4Resolver(UpdateNetworkBody),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      // The server trims: show what was stored.
      const stored = { welcome: saved.welcome ?? '' };
      form.setValues(stored);
      form.resetDirty(stored);
      notifySuccess(t('networks:welcome.saved'));
    } catch (error) {
      form.setErrors(fieldErrors(t, error));
      notifyError(errorMessage(t, error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('networks:welcome.formName')}>
      <Stack>
        <Textarea
          label={t('networks:welcome.label')}
          description={t('networks:welcome.hint', { length: form.values.welcome.length, max: WELCOME_MAX })}
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('welcome')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('networks:welcome.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
