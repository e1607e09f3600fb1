import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { DocumentVersion } from '@broedplaats/contracts';
import { formatDateTime } from '../../../lib/dates';
import { useT } from '../../../lib/use-t';
import './texts';
import { exportLinks, useComparison, useRestore, useSaveVersion, useVersions, useVersionView } from './queries';

type Props = { networkId: string; documentId: string; canChange: boolean };

function VersionModal({ version, mode, onClose, ...ref }: { version: DocumentVersion; mode: 'view' | 'compare'; onClose: () => void; networkId: string; documentId: string }) {
  const { t } = useT();
  const view = useVersionView(ref, mode === 'view' ? version.id : null);
  const comparison = useComparison(ref, mode === 'compare' ? version.id : null);
  return (
    <Modal opened onClose={onClose} size="lg" title={t(mode === 'view' ? 'documents:history.viewTitle' : 'documents:history.compareTitle', { name: version.name })}>
      {mode === 'view' && view.data && (
        // The server's rendering: text escaped, only safe links (document-render on the api).
        <div className="version-view document-text" dangerouslySetInnerHTML={{ __html: view.data.html }} />
      )}
      {mode === 'compare' && comparison.data && (
        <>
          <Text size="sm" mb="xs">
            {t('documents:history.legend')}
          </Text>
          <p className="version-compare">
            {comparison.data.changes.map((change, i) =>
              change.kind === 'added' ? (
                <ins key={i} className="change-added">
                  <VisuallyHidden>{t('documents:history.addedStart')}</VisuallyHidden>
                  {change.text}
                  <VisuallyHidden>{t('documents:history.addedEnd')}</VisuallyHidden>
                </ins>
              ) : change.kind === 'removed' ? (
                <del key={i} className="change-removed">
                  <VisuallyHidden>{t('documents:history.removedStart')}</VisuallyHidden>
                  {change.text}
                  <VisuallyHidden>{t('documents:history.removedEnd')}</VisuallyHidden>
                </del>
              ) : (
                <span key={i}>{change.text}</span>
              ),
            )}
          </p>
        </>
      )}
      {(view.isPending && mode === 'view') || (comparison.isPending && mode === 'compare') ? <Text role="status">{t('documents:history.loading')}</Text> : null}
    </Modal>
  );
}

/** Named versions: save one, read one, compare it with now, restore it (a new change, after a confirm). */
export function HistoryPanel({ networkId, documentId, canChange }: Props) {
  const { t } = useT();
  const ref = { networkId, documentId };
  const versions = useVersions(ref);
  const save = useSaveVersion(ref);
  const restore = useRestore(ref);
  const [name, setName] = useState('');
  const [open, setOpen] = useState<{ version: DocumentVersion; mode: 'view' | 'compare' } | null>(null);
  const [restoring, setRestoring] = useState<DocumentVersion | null>(null);
  const links = exportLinks(ref);
  return (
    <Stack gap="sm" aria-labelledby="history-title">
      <Title order={3} size="h5" id="history-title">
        {t('documents:history.title')}
      </Title>
      <Group gap="xs">
        <Button component="a" href={links.markdown} download size="xs" variant="default">
          {t('documents:history.exportMarkdown')}
        </Button>
        <Button component="a" href={links.print} target="_blank" rel="noopener" size="xs" variant="default">
          {t('documents:history.print')}
        </Button>
      </Group>
      {canChange && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void save.mutateAsync(name).then(() => setName(''));
          }}
        >
          <Group gap="xs" align="end">
            <TextInput label={t('documents:history.name')} placeholder={t('documents:history.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} required size="xs" style={{ flex: 1 }} />
            <Button type="submit" size="xs" loading={save.isPending}>
              {t('documents:history.save')}
            </Button>
          </Group>
        </form>
      )}
      {versions.isSuccess && versions.data.length === 0 && <Text size="sm" c="dimmed">{t('documents:history.none')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('documents:history.list')}>
        {versions.data?.map((v) => (
          <Paper component="li" key={v.id} withBorder p="xs" radius="sm">
            <Text size="sm" fw={600}>
              {v.name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(v.createdAt)} · {v.createdBy?.displayName ?? t('documents:history.system')}
            </Text>
            <Text size="xs">
              {v.changedBy.length ? t('documents:history.changedBy', { names: v.changedBy.map((p) => p.displayName).join(', ') }) : t('documents:history.nobodyChanged')}
            </Text>
            <Group gap={4} mt={4}>
              <Button size="compact-xs" variant="subtle" onClick={() => setOpen({ version: v, mode: 'view' })} aria-label={t('documents:history.viewNamed', { name: v.name })}>
                {t('documents:history.view')}
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => setOpen({ version: v, mode: 'compare' })} aria-label={t('documents:history.compareNamed', { name: v.name })}>
                {t('documents:history.compare')}
              </Button>
              {canChange && (
                <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setRestoring(v)} aria-label={t('documents:history.restoreNamed', { name: v.name })}>
                  {t('documents:history.restore')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {open && <VersionModal {...ref} version={open.version} mode={open.mode} onClose={() => setOpen(null)} />}
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title={t('documents:history.confirmTitle')}>
        <Text size="sm">{t('documents:history.confirmText', { name: restoring?.name ?? '' })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setRestoring(null)}>
            {t('documents:history.cancel')}
          </Button>
          <Button color="orange" loading={restore.isPending} onClick={() => restoring && void restore.mutateAsync(restoring.id).then(() => setRestoring(null))}>
            {t('documents:history.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
