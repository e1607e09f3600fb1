import { useState } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { PageError, PageLoader } from '../../app/PageState';
import { Panel } from '../../app/Panel';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { LazyEditor } from './LazyEditor';
import { useMinutesDocument, usePublishMinutes } from './queries';

type Props = {
  networkId: string;
  meetingId: string;
  isFacilitator: boolean;
  /** Archived network or cancelled meeting. */
  readOnly: boolean;
  me: { id: string; displayName: string };
};

/**
 * A meeting's minutes, written together (during live mode too). A facilitator publishes them after the
 * meeting; members then read the published minutes first.
 */
export function MinutesPanel({ networkId, meetingId, isFacilitator, readOnly, me }: Props) {
  const { t } = useT();
  const minutes = useMinutesDocument(networkId, meetingId);
  const publish = usePublishMinutes(networkId, meetingId);
  const [asking, setAsking] = useState(false);
  const published = minutes.data?.published ?? null;
  const title = t('documents:minutes.title');

  return (
    <Panel id="minutes" title={title} intro={!published && !readOnly ? t('documents:minutes.intro') : undefined}>
      {minutes.isPending ? (
        <PageLoader />
      ) : minutes.isError ? (
        <PageError error={minutes.error} onRetry={() => void minutes.refetch()} />
      ) : (
        <Stack gap="sm">
          {published && (
            <Group gap="xs">
              <Badge color="teal.9" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                {t('documents:minutes.published', { date: formatDateTime(published.at) })}
              </Badge>
            </Group>
          )}
          <LazyEditor documentId={minutes.data.id} title={title} user={me} readOnly={readOnly || (Boolean(published) && !isFacilitator)} />
          {isFacilitator && !readOnly && !published && (
            <Group>
              <Button variant="light" onClick={() => setAsking(true)}>
                {t('documents:minutes.publish')}
              </Button>
              {publish.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, publish.error)}
                </Text>
              )}
            </Group>
          )}
          <ConfirmDialog
            opened={asking}
            onClose={() => setAsking(false)}
            title={t('documents:minutes.publish')}
            question={t('documents:minutes.publishQuestion')}
            confirmLabel={t('documents:minutes.publish')}
            confirmColor="blue.9"
            onConfirm={() => publish.mutateAsync().then(() => notifySuccess(t('documents:minutes.publishDone')), () => undefined)}
          />
        </Stack>
      )}
    </Panel>
  );
}
