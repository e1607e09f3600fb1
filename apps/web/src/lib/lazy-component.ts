import { lazy, type ComponentType } from 'react';

const RELOADED_KEY = 'broedplaats.reloadedForChunk';

/**
 * A page or page section whose code is downloaded when it is first shown. Pages stay open for hours:
 * after a deploy the old file may be gone, so a failed download reloads once to get the new version
 * (once, so an offline phone does not loop).
 */
export function lazyComponent<Module, Props extends object = object>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
  reload = () => window.location.reload(),
) {
  return lazy(async () => {
    try {
      const component = pick(await load());
      if (typeof sessionStorage !== 'undefined') sessionStorage.removeItem(RELOADED_KEY);
      return { default: component };
    } catch (error) {
      // In Node (the build's prerender) there is nothing to reload.
      if (typeof sessionStorage === 'undefined' || sessionStorage.getItem(RELOADED_KEY)) throw error;
      sessionStorage.setItem(RELOADED_KEY, '1');
      reload();
      // Never settles: the page is going away, so nothing should render an error meanwhile.
      return new Promise<never>(() => undefined);
    }
  });
}
