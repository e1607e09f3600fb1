import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { PageError, PageLoader } from '../../app/PageState';
import { isApiError } from '../../lib/api';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import { useMe } from '../auth/queries';
import { useNetwork } from '../networks/queries';
import { LazyEditor } from './LazyEditor';
import { rememberedTitle, rememberTitle } from './local-copies';
import { practicePath } from './paths';
import { useDeletePage, useDocumentSummary } from './queries';
import { RenameForm } from './RenameForm';
import type { ClosedReason } from './sync/provider';

/** Without a connection the page still opens (from the service worker) and the text from this browser's copy. */
const offline = (error: unknown) => isApiError(error) && error.code === 'network';

/** One practice page: its title, the co-edited text, renaming and deleting. */
export function PracticePage() {
  const { t } = useT();
  const { networkId = '', documentId = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const network = useNetwork(networkId);
  const page = useDocumentSummary(networkId, documentId);
  const remove = useDeletePage(networkId, documentId);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const known = page.data?.title;
  useEffect(() => {
    if (known) rememberTitle(documentId, known);
  }, [documentId, known]);
  const title = known ?? rememberedTitle(documentId) ?? t('documents:practice.untitled');
  usePageTitle(title);
  // Deleted while open: asking again shows that it is gone instead of an editor that cannot save.
  const { refetch } = page;
  const [deleted, setDeleted] = useState(false);
  const onClosed = useCallback(
    (reason: ClosedReason) => {
      if (reason !== 'deleted') return;
      setDeleted(true);
      void refetch();
    },
    [refetch],
  );
  const back = (
    <Anchor component={Link} to={practicePath(networkId)}>
      <IconArrowLeft size={14} aria-hidden /> {t('documents:practice.back')}
    </Anchor>
  );

  // Offline, TanStack Query pauses the request (or it fails): the text still opens from the local copy.
  const isOffline = page.fetchStatus === 'paused' || offline(page.error ?? page.failureReason);
  if (page.isPending && !isOffline) return <PageLoader />;
  if (page.isError && !isOffline)
    return (
      <Stack>
        {back}
        <Title order={1}>{deleted ? title : t('documents:practice.untitled')}</Title>
        {deleted ? (
          <Alert color="orange" variant="light" role="alert">
            {t('documents:editor.closed.deleted')}
          </Alert>
        ) : (
          <PageError error={page.error} onRetry={() => void page.refetch()} />
        )}
      </Stack>
    );

  const mayChange = network.data ? !network.data.archived && network.data.myRole !== null : false;
  return (
    <Stack gap="md" maw={960}>
      {back}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {mayChange && page.data && !renaming && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setRenaming(true)}>
              {t('documents:practice.rename')}
            </Button>
            <Button variant="outline" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
              {t('documents:practice.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {renaming && page.data && <RenameForm networkId={networkId} page={page.data} onDone={() => setRenaming(false)} />}
      {isOffline && (
        <Alert color="orange" variant="light">
          {t('documents:practice.offline')}
        </Alert>
      )}
      <LazyEditor documentId={documentId} title={title} user={me.data ? { id: me.data.id, displayName: me.data.displayName } : null} readOnly={network.data?.archived} onClosed={onClosed} />
      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('documents:practice.delete')}
        question={t('documents:practice.deleteQuestion', { title })}
        confirmLabel={t('documents:practice.delete')}
        onConfirm={() =>
          remove.mutateAsync().then(() => {
            notifySuccess(t('documents:practice.deleted'));
            navigate(practicePath(networkId), { replace: true });
          })
        }
      />
    </Stack>
  );
}
