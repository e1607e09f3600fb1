import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useT } from '../../lib/use-t';
import { UpdateProfileBody, type Language, type Me } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { setLanguage } from '../../lib/i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useUpdateProfile } from '../auth/queries';

type Values = { displayName: string; language: Language; organisation: string; bio: string };
const BIO_MAX = 500;
const valuesOf = (me: Me): Values => ({ displayName: me.displayName, language: me.language, organisation: me.organisation, bio: me.bio });

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useT();
  const update = useUpdateProfile();
  const form = useForm<Values>({
    initialValues: valuesOf(me),
    validate: zod4Resolver(UpdateProfileBody),
  });

  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: async (saved) => {
        await setLanguage(saved.language);
        // The server trims: show what was stored, and count that as the new starting point.
        form.setValues(valuesOf(saved));
        form.resetDirty(valuesOf(saved));
        notifySuccess(t('profile:saved'));
      },
      onError: (error) => {
        form.setErrors(fieldErrors(t, error));
        notifyError(errorMessage(t, error));
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('profile:formName')}>
      <Stack maw={520}>
        <TextInput label={t('auth:fields.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
        <TextInput
          label={t('profile:organisation')}
          description={t('profile:organisationHint')}
          autoComplete="organization"
          {...form.getInputProps('organisation')}
        />
        <Textarea
          label={t('profile:bio')}
          description={t('profile:bioHint', { length: form.values.bio.length, max: BIO_MAX })}
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps('bio')}
        />
        <TextInput label={t('auth:fields.email')} value={me.email} readOnly description={t('profile:emailFixed')} />
        <Select
          label={t('profile:language')}
          allowDeselect={false}
          data={[
            { value: 'nl', label: t('common:language.nl') },
            { value: 'en', label: t('common:language.en') },
          ]}
          {...form.getInputProps('language')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('profile:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
