import { useState } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import type { AuditEntry } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { useT } from '../../lib/use-t';
import { AdminPager } from './AdminPager';
import { useAuditLog } from './queries';

/** Whom an action was done to: a person, a network (null once it is gone), or the instance itself. */
const targetName = ({ target }: AuditEntry): string | null | undefined => (target?.kind === 'person' ? target.displayName : target?.kind === 'network' ? target.name : undefined);

/** What platform admins did, newest first, with the reason they gave. */
export function AuditSection() {
  const { t } = useT();
  const [page, setPage] = useState(1);
  const audit = useAuditLog(page);

  return (
    <Stack gap="md" component="section" aria-labelledby="admin-audit">
      <Title order={2} id="admin-audit">{t('admin:audit.title')}</Title>
      {audit.isPending && <PageLoader />}
      {audit.isError && <PageError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data?.total === 0 && <Text>{t('admin:audit.none')}</Text>}
      {audit.data && audit.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin:audit.when')}</Table.Th>
                  <Table.Th>{t('admin:audit.who')}</Table.Th>
                  <Table.Th>{t('admin:audit.what')}</Table.Th>
                  <Table.Th>{t('admin:audit.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actor.displayName}</Table.Td>
                    <Table.Td>{t(`admin:audit.action.${entry.action}`, { name: targetName(entry) ?? t('admin:audit.goneNetwork') })}</Table.Td>
                    <Table.Td>{entry.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <AdminPager total={audit.data.total} page={page} onChange={setPage} label={t('admin:audit.pages')} />
        </>
      )}
    </Stack>
  );
}
