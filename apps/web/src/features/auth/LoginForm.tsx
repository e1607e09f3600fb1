import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../app/PasswordField';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link } from 'react-router-dom';
import { useT } from '../../lib/use-t';
import { LoginBody, type AuthResult } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useLogin } from './queries';

type Props = { invitationToken?: string; onDone: (result: AuthResult) => void };

export function LoginForm({ invitationToken, onDone }: Props) {
  const { t } = useT();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(LoginBody),
  });

  const submit = form.onSubmit((values) =>
    login.mutate(
      { ...values, invitationToken },
      {
        onSuccess: (result) => {
          notifySuccess(t('auth:login.done', { name: result.user.displayName }));
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
    <form onSubmit={submit} noValidate aria-label={t('auth:login.formName')}>
      <Stack>
        <TextInput type="email" autoComplete="email" label={t('auth:fields.email')} required {...form.getInputProps('email')} />
        <PasswordField autoComplete="current-password" label={t('auth:fields.password')} required {...form.getInputProps('password')} />
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth:login.forgot')}
        </Anchor>
        <Button type="submit" loading={login.isPending}>
          {invitationToken ? t('auth:login.submitAndJoin') : t('auth:login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
