import { useEffect } from 'react';
import { useT } from './use-t';

/** Each page names itself in the browser tab, so screen-reader users hear where they landed. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useT();
  useEffect(() => {
    document.title = title ? `${title} · ${t('common:appName')}` : t('common:appName');
  }, [title, t]);
}
