import { homeSection, networkSection } from '../../lib/sections';

/** What members shared, how it spreads over the sides and cycles (cells of five people or more), and value stories. */
export const reflectionSection = networkSection({
  id: 'reflection',
  label: 'reflection:title',
  audience: 'member',
  tab: { id: 'reflecties', label: 'reflection:title' },
  load: () => import('./NetworkReflections').then((m) => m.NetworkReflections),
});

/** On "Voor mij": the way into my own journal. */
export const reflectHomeSection = homeSection({
  id: 'reflect',
  label: 'reflection:home.title',
  load: () => import('./ReflectHome').then((m) => m.ReflectHome),
});
