import 'i18next';
import type { resources } from './i18n';
import type cycles from '../locales/nl/cycles.json';

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
// The cycles' texts are added when their pages load (features/cycles/texts.ts), so their keys come from the full file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Omit<(typeof resources)['nl'], 'cycles'> & { cycles: typeof cycles };
  }
}
