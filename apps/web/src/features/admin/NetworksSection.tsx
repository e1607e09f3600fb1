import { useState } from 'react';
import { Anchor, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useDebouncedValue } from '@mantine/hooks';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDate, formatTime } from '../../lib/dates';
import { useT } from '../../lib/use-t';
import { AdminPager } from './AdminPager';
import { StartDutyButton } from './StartDutyButton';
import { useAdminNetworks } from './queries';

/** Every network on the platform, members-only and archived ones too. */
export function NetworksSection() {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const list = useAdminNetworks(q, page);

  return (
    <Stack gap="md" component="section" aria-labelledby="admin-networks">
      <Title order={2} id="admin-networks">{t('admin:networks.title')}</Title>
      <TextInput
        type="search"
        label={t('admin:networks.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={400}
      />
      {list.isPending && <PageLoader />}
      {list.isError && <PageError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.total === 0 && <Text>{t('admin:networks.none')}</Text>}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin:networks.name')}</Table.Th>
                  <Table.Th>{t('admin:networks.facilitators')}</Table.Th>
                  <Table.Th>{t('admin:networks.members')}</Table.Th>
                  <Table.Th>{t('admin:networks.visibility')}</Table.Th>
                  <Table.Th>{t('admin:networks.created')}</Table.Th>
                  <Table.Th>{t('admin:networks.duty')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((network) => (
                  <Table.Tr key={network.id}>
                    <Table.Td>
                      {network.name}
                      {network.archivedAt && (
                        <Text size="sm" c="dimmed">
                          {t('admin:networks.archived', { date: formatDate(network.archivedAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{network.facilitators.map((f) => f.displayName).join(', ')}</Table.Td>
                    <Table.Td>{network.memberCount}</Table.Td>
                    <Table.Td>{t(`admin:networks.visible.${network.visibility}`)}</Table.Td>
                    <Table.Td>{formatDate(network.createdAt)}</Table.Td>
                    <Table.Td>
                      {network.myDuty ? (
                        <Anchor component={Link} to={`/networks/${network.id}`}>
                          {t('admin:duty.open', { time: formatTime(network.myDuty.endsAt) })}
                        </Anchor>
                      ) : (
                        <StartDutyButton networkId={network.id} networkName={network.name} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <AdminPager total={list.data.total} page={page} onChange={setPage} label={t('admin:networks.pages')} />
        </>
      )}
    </Stack>
  );
}
