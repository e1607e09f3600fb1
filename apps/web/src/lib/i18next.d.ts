import 'i18next';
import type { resources } from './i18n';
import type cycles from '../locales/nl/cycles.json';
import type intervision from '../locales/nl/intervision.json';
import type reflection from '../locales/nl/reflection.json';

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
// The cycles', intervision's and reflection's texts are added when their pages load (features/*/texts.ts), so their keys come from the full files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Omit<(typeof resources)['nl'], 'cycles' | 'intervision' | 'reflection'> & { cycles: typeof cycles; intervision: typeof intervision; reflection: typeof reflection };
  }
}
