import { Group, Pagination } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { ADMIN_PAGE_SIZE } from './queries';

/** Page numbers under a list, only when there is more than one page. */
export function AdminPager({ total, page, onChange, label }: { total: number; page: number; onChange: (page: number) => void; label: string }) {
  const { t } = useT();
  if (total <= ADMIN_PAGE_SIZE) return null;
  return (
    <Group justify="center" component="nav" aria-label={label}>
      <Pagination
        total={Math.ceil(total / ADMIN_PAGE_SIZE)}
        value={page}
        onChange={onChange}
        siblings={0}
        getItemProps={(item) => ({ 'aria-label': t('common:pagination.page', { page: item }) })}
        getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
      />
    </Group>
  );
}
