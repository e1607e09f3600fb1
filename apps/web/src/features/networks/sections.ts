import { homeSection, networkSection, overviewTab } from '../../lib/sections';

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

export const discoverSection = homeSection({
  id: 'discover',
  label: 'networks:discover.title',
  load: () => import('./PublicNetworks').then((m) => m.PublicNetworks),
});
