import { homeSection, networkSection } from '../../lib/sections';

export const profileSection = networkSection({
  id: 'profile',
  label: 'networks:profile.about',
  audience: 'everyone',
  load: () => import('./NetworkProfile').then((m) => m.NetworkProfile),
});

export const discoverSection = homeSection({
  id: 'discover',
  label: 'networks:discover.title',
  load: () => import('./PublicNetworks').then((m) => m.PublicNetworks),
});
