import { Fragment, Suspense, useState } from 'react';
import { Button, Divider, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { Link } from 'react-router-dom';
import { EmptyState, PageError, PageLoader } from '../../app/PageState';
import { usePageTitle } from '../../lib/page-title';
import { useSections } from '../../lib/sections';
import { ListPagination } from './ListPagination';
import { NetworkGrid } from './NetworkGrid';
import { PAGE_SIZE, useNetworkList } from './queries';

export function MyNetworksPage() {
  const { t } = useT();
  usePageTitle(t('networks:mine.title'));
  const [page, setPage] = useState(1);
  const list = useNetworkList('mine', '', page);
  const sections = useSections().home;

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
        {list.data && list.data.items.length === 0 && (
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
            <NetworkGrid networks={list.data.items} headingOrder={2} />
            <ListPagination
              total={list.data.total}
              pageSize={PAGE_SIZE}
              page={page}
              onChange={setPage}
              label={t('networks:mine.pages')}
            />
          </>
        )}
      </Stack>
      {/* Below one's own networks, the parts capabilities register (app/sections.ts). */}
      <Suspense fallback={<PageLoader />}>
        {sections.map(({ id, component: Section }) => (
          <Fragment key={id}>
            <Divider />
            <Section />
          </Fragment>
        ))}
      </Suspense>
    </Stack>
  );
}
