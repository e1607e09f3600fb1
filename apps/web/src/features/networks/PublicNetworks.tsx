import { useState } from 'react';
import { Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import { DiscoverFilters } from './DiscoverFilters';
import { PagedNetworks } from './PagedNetworks';
import { useNetworkList, type NetworkFilters } from './queries';

/** Discovery: public profiles of networks you are not (yet) part of. */
export function PublicNetworks() {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<NetworkFilters>({});
  const [page, setPage] = useState(1);
  const list = useNetworkList('public', q, page, filters);
  const filtered = Boolean(q) || Object.values(filters).some(Boolean);

  return (
    <Stack component="section" aria-labelledby="discover-heading">
      <Title order={2} id="discover-heading">
        {t('networks:discover.title')}
      </Title>
      <Text>{t('networks:discover.intro')}</Text>
      <TextInput
        type="search"
        label={t('networks:discover.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      <DiscoverFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {list.isPending && <PageLoader />}
      {list.isError && <PageError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <EmptyState
          title={q ? t('networks:discover.noResults', { q }) : filtered ? t('networks:discover.noFilterResults') : t('networks:discover.none')}
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Text role="status">{t('networks:discover.count', { count: list.data.total })}</Text>
          <PagedNetworks
            networks={list.data.items}
            total={list.data.total}
            page={page}
            onPage={setPage}
            loading={list.isPlaceholderData}
            label={t('networks:discover.pages')}
            headingOrder={3}
          />
        </>
      )}
    </Stack>
  );
}
