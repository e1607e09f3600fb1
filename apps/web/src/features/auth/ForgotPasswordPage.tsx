import { Alert, Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RequestPasswordResetBody } from '@broedplaats/contracts';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link } from 'react-router-dom';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useRequestPasswordReset } from './password-reset.queries';

/** "Wachtwoord vergeten?": asks for a reset link by mail; the answer never tells whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useT();
  usePageTitle(t('auth:forgot.title'));
  const request = useRequestPasswordReset();
  const form = useForm({ initialValues: { email: '' }, validate: zod4Resolver(RequestPasswordResetBody) });
  const submit = form.onSubmit((values) => request.mutate(values, { onError: (error) => form.setErrors(fieldErrors(t, error)) }));

  return (
    <Container size={460} px={0}>
      <Title order={1} mb="xs">
        {t('auth:forgot.title')}
      </Title>
      <Text mb="md">{t('auth:forgot.intro')}</Text>
      <Paper withBorder p="lg" radius="md">
        {request.isSuccess ? (
          <Alert color="green" role="status" title={t('auth:forgot.sentTitle')}>
            {t('auth:forgot.sent', { email: request.variables.email })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('auth:forgot.title')}>
            <Stack>
              {request.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(t, request.error)}
                </Alert>
              )}
              <TextInput type="email" autoComplete="email" label={t('auth:fields.email')} required {...form.getInputProps('email')} />
              <Button type="submit" loading={request.isPending}>
                {t('auth:forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Text mt="md">
        <Anchor component={Link} to="/login">
          {t('auth:forgot.toLogin')}
        </Anchor>
      </Text>
    </Container>
  );
}
