import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import type { NetworkSectionProps as Props } from '../../lib/sections';
import { useT } from '../../lib/use-t';
import { loadEditor } from './LazyEditor';
import { NewPageForm } from './NewPageForm';
import { PageList } from './PageList';
import { usePracticePages } from './queries';

/** The network's practice pages: methods, tools and stories, written together. Any member starts one. */
export function PracticeSection({ network }: Props) {
  const { t } = useT();
  const pages = usePracticePages(network.id);
  const [creating, setCreating] = useState(false);
  const mayWrite = !network.archived;
  const newButton = mayWrite && !creating && (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setCreating(true)}
      // The editor's code starts downloading while the title is typed.
      onMouseEnter={() => void loadEditor().catch(() => undefined)}
      onFocus={() => void loadEditor().catch(() => undefined)}
    >
      {t('documents:practice.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('documents:practice.title')}</Title>
        {pages.data && pages.data.length > 0 && newButton}
      </Group>
      <Text size="sm">{t('documents:practice.intro')}</Text>
      {creating && (
        <Card withBorder>
          <NewPageForm networkId={network.id} onCancel={() => setCreating(false)} />
        </Card>
      )}
      {pages.isPending ? (
        <PageLoader />
      ) : pages.isError ? (
        <PageError error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.data.length === 0 ? (
        !creating && <EmptyState title={t('documents:practice.emptyTitle')} text={t('documents:practice.emptyText')} action={newButton || undefined} />
      ) : (
        <PageList networkId={network.id} pages={pages.data} mayOrder={network.myRole === 'facilitator' && !network.archived} />
      )}
    </Stack>
  );
}
