import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { DocumentSummary } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useRenamePage } from './queries';

export function RenameForm({ networkId, page, onDone }: { networkId: string; page: DocumentSummary; onDone: () => void }) {
  const { t } = useT();
  const [title, setTitle] = useState(page.title);
  const rename = useRenamePage(networkId, page.id);
  return (
    <form
      aria-label={t('documents:practice.rename')}
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate(title, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        <TextInput label={t('documents:practice.titleLabel')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoFocus />
        {rename.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(t, rename.error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={rename.isPending}>
            {t('documents:practice.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
