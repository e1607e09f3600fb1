import { Alert, Anchor, Button, Container, Paper, Stack, Title } from '@mantine/core';
import { PasswordField } from '../../app/PasswordField';
import { useForm } from '@mantine/form';
import { ResetPasswordBody } from '@broedplaats/contracts';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link, useParams } from 'react-router-dom';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useResetPassword } from './password-reset.queries';

/** Reached from the link in the reset mail (`/reset/:token`): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useT();
  usePageTitle(t('auth:reset.title'));
  const { token = '' } = useParams();
  const reset = useResetPassword();
  const form = useForm({ initialValues: { token, newPassword: '' }, validate: zod4Resolver(ResetPasswordBody) });
  const submit = form.onSubmit((values) => reset.mutate(values, { onError: (error) => form.setErrors(fieldErrors(t, error)) }));

  return (
    <Container size={460} px={0}>
      <Title order={1} mb="md">
        {t('auth:reset.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {reset.isSuccess ? (
          <Stack>
            <Alert color="green" role="status" title={t('auth:reset.doneTitle')}>
              {t('auth:reset.done')}
            </Alert>
            <Button component={Link} to="/login">
              {t('auth:reset.toLogin')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('auth:reset.title')}>
            <Stack>
              {reset.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(t, reset.error)}{' '}
                  <Anchor component={Link} to="/forgot-password">
                    {t('auth:reset.askAgain')}
                  </Anchor>
                </Alert>
              )}
              <PasswordField
                autoComplete="new-password"
                label={t('auth:reset.newPassword')}
                description={t('auth:fields.passwordHint')}
                required
                {...form.getInputProps('newPassword')}
                // Mantine's PasswordInput does not mark its inner input invalid; screen readers need that.
                aria-invalid={Boolean(form.errors.newPassword)}
              />
              <Button type="submit" loading={reset.isPending}>
                {t('auth:reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Container>
  );
}
