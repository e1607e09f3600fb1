import { homeSection, networkSection } from '../../lib/sections';

/** The network's shared agenda, in its own tab, for members. */
export const agendaSection = networkSection({
  id: 'agenda',
  label: 'agenda:title',
  audience: 'member',
  tab: { id: 'kennisagenda', label: 'agenda:title' },
  load: () => import('./AgendaSection').then((m) => m.AgendaSection),
});

/** On the start page: the questions I asked, with where they stand. */
export const myQuestionsSection = homeSection({
  id: 'my-questions',
  label: 'agenda:mine.title',
  load: () => import('./MyQuestions').then((m) => m.MyQuestions),
});
