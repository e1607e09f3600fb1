import { homeSection, networkSection } from '../../lib/sections';

/** The network's intervision in its own tab, for members: each sees only the sessions they take part in or planned. */
export const intervisionSection = networkSection({
  id: 'intervision',
  label: 'intervision:title',
  audience: 'member',
  tab: { id: 'intervisie', label: 'intervision:title' },
  load: () => import('./IntervisionSection').then((m) => m.IntervisionSection),
});

/** On "Voor mij": my intervision sessions in all networks. */
export const myIntervisionsSection = homeSection({
  id: 'my-intervisions',
  label: 'intervision:mine.title',
  load: () => import('./MyIntervisions').then((m) => m.MyIntervisions),
});
