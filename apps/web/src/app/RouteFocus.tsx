import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** After a page change, focus moves to the main content so screen readers start at the new page. */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
  return null;
}
