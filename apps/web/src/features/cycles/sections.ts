import { homeSection, networkSection } from '../../lib/sections';

/** The network's action-learning cycles, in their own tab, for members (facilitators get the overview there too). */
export const cyclesSection = networkSection({
  id: 'cycles',
  label: 'cycles:title',
  audience: 'member',
  tab: { id: 'leercycli', label: 'cycles:title' },
  load: () => import('./CyclesSection').then((m) => m.CyclesSection),
});

/** On "Voor mij": log a try-out in one of my running cycles, straight away. */
export const quickLogSection = homeSection({
  id: 'quick-log',
  label: 'cycles:quick.title',
  load: () => import('./QuickLog').then((m) => m.QuickLog),
});

/** On "Voor mij": my cycles in all networks (also those I left), and for facilitators how the networks' cycles do. */
export const myCyclesSection = homeSection({
  id: 'my-cycles',
  label: 'cycles:mine.title',
  load: () => import('./MyCycles').then((m) => m.MyCycles),
});
