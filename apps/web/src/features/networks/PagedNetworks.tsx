import { useEffect, useRef, useState } from 'react';
import { Box, VisuallyHidden } from '@mantine/core';
import type { Network } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';
import { ListPagination } from './ListPagination';
import { NetworkGrid } from './NetworkGrid';
import { PAGE_SIZE } from './queries';

type Props = {
  networks: Network[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  /** True while the previous page is still shown and the new one loads. */
  loading: boolean;
  label: string;
  headingOrder: 2 | 3;
};

/**
 * A page of networks with its pagination. After a page change, once the new page is there, the
 * first new result gets the focus (keyboard and screen-reader users land on it, not back at the
 * top) and a polite live region says which page this is.
 */
export function PagedNetworks({ networks, total, page, onPage, loading, label, headingOrder }: Props) {
  const { t } = useT();
  const results = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const pages = Math.ceil(total / PAGE_SIZE);

  useEffect(() => {
    if (!moved.current || loading) return;
    moved.current = false;
    results.current?.querySelector<HTMLAnchorElement>('a[href]')?.focus();
    setAnnouncement(t('networks:list.pageShown', { page, pages }));
  }, [loading, networks, page, pages, t]);

  return (
    <>
      <Box ref={results}>
        <NetworkGrid networks={networks} headingOrder={headingOrder} />
      </Box>
      <ListPagination
        total={total}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(next) => {
          moved.current = true;
          onPage(next);
        }}
        label={label}
      />
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
