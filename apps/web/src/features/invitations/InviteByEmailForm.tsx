import { useState } from 'react';
import { Button, Fieldset, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coreRoutes, type Invitation, InviteByEmailBody, MAX_INVITEES, ParticipantCategory } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { invitationKeys, upsertInvitation } from './queries';

type Values = { addresses: string; category: ParticipantCategory | null; message: string };
/** Categories chosen for single addresses; the others get the form's category. */
type PerAddress = Record<string, ParticipantCategory>;

/** One address a line (commas and semicolons work too), lower-cased and without doubles. */
export const addressesIn = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).map((a) => a.trim().toLowerCase()).filter(Boolean))];

const toBody = (values: Values, perAddress: PerAddress = {}) => ({
  invitees: addressesIn(values.addresses).map((email) => ({ email, category: perAddress[email] ?? (values.category as ParticipantCategory) })),
  message: values.message,
});

function useInviteByEmail(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) => callRoute(coreRoutes.inviteByEmail, { params: { networkId }, body }),
    onSuccess: ({ invitations }) =>
      client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => invitations.reduce((list, i) => upsertInvitation(list, i), old)),
  });
}

/** With several addresses, each may get another category than the form's (a citizen and a professional in one go). */
function CategoryPerAddress({ addresses, fallback, perAddress, onChange }: { addresses: string[]; fallback: ParticipantCategory | null; perAddress: PerAddress; onChange: (next: PerAddress) => void }) {
  const { t } = useT();
  const options = ParticipantCategory.options.map((category) => ({ value: category, label: t(`members:category.${category}`) }));
  return (
    <Fieldset legend={t('invitations:email.perAddress')} variant="unstyled">
      <Text size="sm" c="dimmed" mb="xs">
        {t('invitations:email.perAddressHint')}
      </Text>
      <Stack gap="xs">
        {addresses.map((address) => (
          <Select
            key={address}
            label={t('invitations:email.categoryOf', { address })}
            data={options}
            value={perAddress[address] ?? fallback}
            allowDeselect={false}
            onChange={(value) => value && onChange({ ...perAddress, [address]: value as ParticipantCategory })}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}

/** Facilitators invite people by e-mail: each address gets its own link that works once. */
export function InviteByEmailForm({ networkId }: { networkId: string }) {
  const { t } = useT();
  const invite = useInviteByEmail(networkId);
  const [perAddress, setPerAddress] = useState<PerAddress>({});
  const form = useForm<Values>({
    initialValues: { addresses: '', category: null, message: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.category) errors.category = t('invitations:email.categoryNeeded');
      // The category is checked above; any stands in for it here so only addresses and message are judged.
      const parsed = InviteByEmailBody.safeParse(toBody({ ...values, category: values.category ?? 'other' }));
      if (!parsed.success) {
        const addresses = addressesIn(values.addresses);
        const bad = parsed.error.issues.find((issue) => issue.path[0] === 'invitees');
        if (bad) {
          const index = typeof bad.path[1] === 'number' ? bad.path[1] : null;
          errors.addresses =
            index !== null ? t('invitations:email.badAddress', { address: addresses[index] }) : t('invitations:email.count', { max: MAX_INVITEES });
        }
        if (parsed.error.issues.some((issue) => issue.path[0] === 'message')) errors.message = t('invitations:email.messageTooLong');
      }
      return errors;
    },
  });

  const submit = form.onSubmit((values) =>
    invite.mutate(toBody(values, perAddress), {
      onSuccess: ({ invitations }) => {
        notifySuccess(t('invitations:email.sent', { count: invitations.length }));
        form.reset();
        setPerAddress({});
      },
      onError: (error) => {
        const fields = fieldErrors(t, error);
        form.setErrors(Object.keys(fields).some((key) => key.startsWith('invitees')) ? { addresses: t('invitations:email.count', { max: MAX_INVITEES }) } : fields);
        notifyError(errorMessage(t, error));
      },
    }),
  );

  const addresses = addressesIn(form.values.addresses);
  return (
    <form onSubmit={submit} noValidate aria-label={t('invitations:email.formName')}>
      <Stack>
        <Textarea
          label={t('invitations:email.addresses')}
          description={t('invitations:email.addressesHint', { max: MAX_INVITEES })}
          required
          autosize
          minRows={3}
          {...form.getInputProps('addresses')}
        />
        <Select
          label={t('invitations:create.category')}
          required
          data={ParticipantCategory.options.map((category) => ({ value: category, label: t(`members:category.${category}`) }))}
          {...form.getInputProps('category')}
        />
        {addresses.length > 1 && addresses.length <= MAX_INVITEES && (
          <CategoryPerAddress addresses={addresses} fallback={form.values.category} perAddress={perAddress} onChange={setPerAddress} />
        )}
        <Textarea label={t('invitations:email.message')} description={t('invitations:email.messageHint')} autosize minRows={3} maxLength={2000} {...form.getInputProps('message')} />
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('invitations:email.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
