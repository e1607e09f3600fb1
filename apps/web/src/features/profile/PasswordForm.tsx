import { Button, Group, Stack } from '@mantine/core';
import { PasswordField } from '../../app/PasswordField';
import { useForm, type FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { ChangePasswordBody } from '@broedplaats/contracts';
import { isApiError } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { useChangePassword } from './queries';

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };
const empty: Values = { currentPassword: '', newPassword: '', repeatPassword: '' };
const contract = zod4Resolver(ChangePasswordBody);

/** Current, new and the new one again; the repeat never leaves the browser. */
export function PasswordForm() {
  const { t } = useT();
  const change = useChangePassword();
  const form = useForm<Values>({
    initialValues: empty,
    validate: (values) => {
      const errors: FormErrors = { ...contract(values) };
      // The contract's "must differ" rule has no plain-language text of its own.
      if (values.newPassword && values.newPassword === values.currentPassword) errors.newPassword = t('profile:password.same');
      if (values.repeatPassword !== values.newPassword) errors.repeatPassword = t('profile:password.mismatch');
      return errors;
    },
  });

  // Mantine's PasswordInput does not mark its inner input invalid; screen readers need that.
  const field = (path: keyof Values) => ({ ...form.getInputProps(path), 'aria-invalid': Boolean(form.errors[path]) });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t('profile:password.saved'));
        },
        onError: (error) => {
          const fields = fieldErrors(t, error);
          if (isApiError(error) && error.fields.currentPassword) fields.currentPassword = t('profile:password.wrongCurrent');
          form.setErrors(fields);
          notifyError(errorMessage(t, error));
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('profile:password.formName')}>
      <Stack maw={420}>
        <PasswordField autoComplete="current-password" label={t('profile:password.current')} required {...field('currentPassword')} />
        <PasswordField
          autoComplete="new-password"
          label={t('profile:password.new')}
          description={t('auth:fields.passwordHint')}
          required
          {...field('newPassword')}
        />
        <PasswordField autoComplete="new-password" label={t('profile:password.repeat')} required {...field('repeatPassword')} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('profile:password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
