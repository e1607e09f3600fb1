import 'i18next';
import type { resources } from './i18n';

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['nl'];
  }
}
