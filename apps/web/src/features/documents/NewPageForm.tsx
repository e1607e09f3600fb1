import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { practicePagePath } from './paths';
import { useCreatePage } from './queries';

/** A title is all a page needs to start; the writing happens on the page itself. */
export function NewPageForm({ networkId, onCancel }: { networkId: string; onCancel: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const create = useCreatePage(networkId);
  return (
    <form
      aria-label={t('documents:practice.new')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(title, { onSuccess: (page) => navigate(practicePagePath(networkId, page.id)) });
      }}
    >
      <Stack gap="xs">
        <TextInput label={t('documents:practice.titleLabel')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus autoFocus />
        {create.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, create.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('documents:practice.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
