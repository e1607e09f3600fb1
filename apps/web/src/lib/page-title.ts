import { useEffect } from 'react';
import { useT } from './use-t';

/**
 * Each page names itself in the browser tab, so screen-reader users hear where they landed. `site`
 * replaces the app's own name (the front door uses the instance's name).
 */
export function usePageTitle(title: string | undefined, site?: string): void {
  const { t } = useT();
  useEffect(() => {
    const name = site || t('common:appName');
    document.title = title ? `${title} · ${name}` : name;
  }, [title, site, t]);
}
