import { Suspense, useState } from 'react';
import { Button, Divider, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { Link } from 'react-router-dom';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { lazyComponent } from '../../lib/lazy-component';
import { PagedNetworks } from './PagedNetworks';
import { useNetworkList } from './queries';

type MineSort = 'updated' | 'name';

// Finding other networks to join, below one's own; downloaded when the page first shows.
const PublicNetworks = lazyComponent(() => import('./PublicNetworks'), (m) => m.PublicNetworks);

export function MyNetworksPage() {
  const { t } = useT();
  usePageTitle(t('networks:mine.title'));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<MineSort>('updated');
  const [page, setPage] = useState(1);
  // The default order (last change first) is the server's own, so it is not sent.
  const list = useNetworkList('mine', q, page, sort === 'name' ? { sort } : {});
  const searching = q !== '' || search !== '';

  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="mine-heading">
        <Group justify="space-between" wrap="wrap">
          <Title order={1} id="mine-heading">
            {t('networks:mine.title')}
          </Title>
          <Button component={Link} to="/networks/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('networks:mine.create')}
          </Button>
        </Group>
        {list.isPending && <PageLoader />}
        {list.isError && <PageError error={list.error} onRetry={() => void list.refetch()} />}
        {(searching || (list.data?.total ?? 0) > 1) && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              type="search"
              label={t('networks:mine.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={320}
            />
            <Select
              label={t('networks:mine.sort')}
              data={(['updated', 'name'] as const).map((value) => ({ value, label: t(`networks:mine.sortBy.${value}`) }))}
              value={sort}
              allowDeselect={false}
              onChange={(value) => {
                if (!value) return;
                setSort(value as MineSort);
                setPage(1);
              }}
              w={220}
            />
          </Group>
        )}
        {list.data && list.data.items.length === 0 && searching && <EmptyState headingOrder={2} title={t('networks:mine.noResults', { q })} />}
        {list.data && list.data.items.length === 0 && !searching && (
          <EmptyState
            headingOrder={2}
            title={t('networks:mine.emptyTitle')}
            text={t('networks:mine.emptyText')}
            action={
              <Button component={Link} to="/networks/new" variant="light">
                {t('networks:mine.emptyAction')}
              </Button>
            }
          />
        )}
        {list.data && list.data.items.length > 0 && (
          <>
            <PagedNetworks
              networks={list.data.items}
              total={list.data.total}
              page={page}
              onPage={setPage}
              loading={list.isPlaceholderData}
              label={t('networks:mine.pages')}
              headingOrder={2}
            />
          </>
        )}
      </Stack>
      <Divider />
      <Suspense fallback={<PageLoader />}>
        <PublicNetworks />
      </Suspense>
    </Stack>
  );
}
