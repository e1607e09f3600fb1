import { networkSection } from '../../lib/sections';
import { PRACTICE_TAB } from './paths';

/** The network's practice pages (a small wiki), in their own tab, for members. */
export const practiceSection = networkSection({
  id: 'practice',
  label: 'documents:practice.title',
  audience: 'member',
  tab: { id: PRACTICE_TAB, label: 'documents:practice.title' },
  load: () => import('./PracticeSection').then((m) => m.PracticeSection),
});
