import { networkSection, overviewTab } from '../../lib/sections';

/** The facilitators' welcome, first on Overzicht; members only (so does the API). */
export const welcomeSection = networkSection({
  id: 'welcome',
  label: 'networks:welcome.title',
  audience: 'member',
  tab: overviewTab,
  load: () => import('./NetworkWelcome').then((m) => m.NetworkWelcome),
});

/** First steps for a new network's facilitators; it disappears once they are done. */
export const checklistSection = networkSection({
  id: 'first-steps',
  label: 'networks:checklist.title',
  audience: 'facilitator',
  tab: overviewTab,
  load: () => import('./NetworkChecklist').then((m) => m.NetworkChecklist),
});

export const profileSection = networkSection({
  id: 'profile',
  label: 'networks:profile.about',
  audience: 'everyone',
  tab: overviewTab,
  load: () => import('./NetworkProfile').then((m) => m.NetworkProfile),
});

/** Editing, archiving and restoring: facilitators only, away from everyday reading. */
export const settingsSection = networkSection({
  id: 'settings',
  label: 'networks:settings.title',
  audience: 'facilitator',
  tab: { id: 'instellingen', label: 'networks:tabs.settings' },
  load: () => import('./NetworkSettings').then((m) => m.NetworkSettings),
});

