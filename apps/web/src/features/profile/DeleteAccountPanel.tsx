import { useState } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { PasswordField } from '../../app/PasswordField';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { coreRoutes, DeleteAccountBody, type DeleteAccountBody as Body } from '@broedplaats/contracts';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { callRoute, isApiError } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { disconnectSocket } from '../../lib/socket';
import { useT } from '../../lib/use-t';

/** Deleting the account; once done this tab forgets everything, as after logging out. */
function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => callRoute(coreRoutes.deleteAccount, { body }),
    onSuccess: () => {
      disconnectSocket();
      client.clear();
      client.setQueryData(['me'], null);
    },
  });
}

/**
 * "Account verwijderen": confirmed with the password and then once more in a dialog that starts on
 * "Annuleren". The last facilitator of a network is told which networks to hand over first.
 */
export function DeleteAccountPanel() {
  const { t } = useT();
  const navigate = useNavigate();
  const remove = useDeleteAccount();
  const [asking, setAsking] = useState(false);
  const [handOver, setHandOver] = useState<string[]>([]);
  const form = useForm({ initialValues: { password: '' }, validate: zod4Resolver(DeleteAccountBody) });

  const confirm = () =>
    remove
      .mutateAsync(form.getValues())
      .then(() => {
        notifySuccess(t('profile:delete.done'));
        navigate('/login', { replace: true });
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.code === 'last_facilitator') setHandOver(Object.values(error.fields));
        else if (isApiError(error) && error.fields.password) form.setErrors({ password: t('profile:password.wrongCurrent') });
        else form.setErrors(fieldErrors(t, error));
        notifyError(errorMessage(t, error));
      });

  return (
    <form onSubmit={form.onSubmit(() => setAsking(true))} noValidate aria-label={t('profile:delete.title')}>
      <Stack maw={420}>
        {handOver.length > 0 && (
          <Alert color="orange" role="alert" title={t('profile:delete.handOverTitle')}>
            <Text size="sm">{t('profile:delete.handOver')}</Text>
            <List size="sm" mt="xs">
              {handOver.map((name) => (
                <List.Item key={name}>{name}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <PasswordField
          autoComplete="current-password"
          label={t('profile:password.current')}
          required
          {...form.getInputProps('password')}
          // Mantine's PasswordInput does not mark its inner input invalid; screen readers need that.
          aria-invalid={Boolean(form.errors.password)}
        />
        <Button type="submit" color="red.8" variant="outline" loading={remove.isPending}>
          {t('profile:delete.submit')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('profile:delete.confirmTitle')}
        question={t('profile:delete.question')}
        confirmLabel={t('profile:delete.confirm')}
        onConfirm={confirm}
      />
    </form>
  );
}
