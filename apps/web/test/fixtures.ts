export const me = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'anna@example.nl',
  displayName: 'Anna de Vries',
  language: 'nl',
  isPlatformAdmin: false,
} as const;

export const networkId = '22222222-2222-4222-8222-222222222222';

export const themes = [
  { id: 'loneliness', number: 1, nl: 'Eenzaamheid', en: 'Loneliness', extra: false },
  { id: 'youth', number: 2, nl: 'Jeugd', en: 'Youth', extra: false },
];
