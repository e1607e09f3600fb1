import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../app/PasswordField';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useT } from '../../lib/use-t';
import { RegisterBody, type AuthResult } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useRegister } from './queries';

type Props = { invitationToken?: string; onDone: (result: AuthResult) => void };

export function RegisterForm({ invitationToken, onDone }: Props) {
  const { t } = useT();
  const register = useRegister();
  const form = useForm({
    initialValues: { displayName: '', email: '', password: '' },
    validate: zod4Resolver(RegisterBody),
  });

  const submit = form.onSubmit((values) =>
    register.mutate(
      { ...values, language: currentLanguage(), invitationToken },
      {
        onSuccess: (result) => {
          notifySuccess(t('auth:register.done', { name: result.user.displayName }));
          onDone(result);
        },
        onError: (error) => {
          form.setErrors(fieldErrors(t, error));
          notifyError(errorMessage(t, error));
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth:register.formName')}>
      <Stack>
        <TextInput autoComplete="name" label={t('auth:fields.displayName')} description={t('auth:fields.displayNameHint')} required {...form.getInputProps('displayName')} />
        <TextInput type="email" autoComplete="email" label={t('auth:fields.email')} required {...form.getInputProps('email')} />
        <PasswordField autoComplete="new-password" label={t('auth:fields.password')} description={t('auth:fields.passwordHint')} required {...form.getInputProps('password')} />
        <Button type="submit" loading={register.isPending}>
          {invitationToken ? t('auth:register.submitAndJoin') : t('auth:register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
