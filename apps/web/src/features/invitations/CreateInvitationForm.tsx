import { useState } from 'react';
import { Alert, Button, Checkbox, Code, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useT } from '../../lib/use-t';
import { CreateInvitationBody, NetworkRole, ParticipantCategory } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { CopyLinkButton } from './CopyLinkButton';
import { inviteLink, useCreateInvitation } from './queries';

type Values = { role: NetworkRole; category: ParticipantCategory | null; expiresInDays: number | string; reusable: boolean };

const validateBody = zod4Resolver(CreateInvitationBody);
const toBody = (values: Values) => ({
  role: values.role,
  category: values.category as ParticipantCategory,
  expiresInDays: values.expiresInDays === '' ? undefined : Number(values.expiresInDays),
  reusable: values.reusable,
});

export function CreateInvitationForm({ networkId }: { networkId: string }) {
  const { t } = useT();
  const create = useCreateInvitation(networkId);
  const [link, setLink] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { role: 'member', category: null, expiresInDays: 14, reusable: false },
    validate: (values) => validateBody(toBody(values)),
  });

  const submit = form.onSubmit((values) =>
    create.mutate(toBody(values), {
      onSuccess: (invitation) => {
        setLink(inviteLink(invitation.token));
        notifySuccess(t('invitations:created'));
      },
      onError: (error) => {
        form.setErrors(fieldErrors(t, error));
        notifyError(errorMessage(t, error));
      },
    }),
  );

  return (
    <Stack>
      <form onSubmit={submit} noValidate aria-label={t('invitations:create.formName')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('invitations:create.role')}
              data={NetworkRole.options.map((role) => ({ value: role, label: t(`members:role.${role}`) }))}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <Select
              label={t('invitations:create.category')}
              required
              data={ParticipantCategory.options.map((category) => ({ value: category, label: t(`members:category.${category}`) }))}
              {...form.getInputProps('category')}
            />
            <NumberInput
              label={t('invitations:create.expiresInDays')}
              description={t('invitations:create.expiresHint')}
              min={1}
              max={90}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('expiresInDays')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('invitations:create.reusable')}
            description={t('invitations:create.reusableHint')}
            {...form.getInputProps('reusable', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('invitations:create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {link && (
        <Alert color="teal" variant="light" title={t('invitations:create.linkTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('invitations:create.linkHint')}</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="new-invite-link">
              {link}
            </Code>
            <Group>
              <CopyLinkButton link={link} label={t('invitations:copy')} />
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
