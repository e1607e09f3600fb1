import { Group, Pagination } from '@mantine/core';
import { useT } from '../../lib/use-t';

type Props = { total: number; pageSize: number; page: number; onChange: (page: number) => void; label: string };

export function ListPagination({ total, pageSize, page, onChange, label }: Props) {
  const { t } = useT();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={label}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        siblings={0}
        getItemProps={(item) => ({ 'aria-label': t('common:pagination.page', { page: item }) })}
        getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
      />
    </Group>
  );
}
