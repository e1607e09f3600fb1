import 'i18next';
import type documentsWork from '../locales/nl/documents-work.json';
import type { resources } from './i18n';
import type cycles from '../locales/nl/cycles.json';

type Dutch = (typeof resources)['nl'];

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
// Texts added when their chunk loads have their keys from the full files: the cycles' (features/cycles/texts.ts)
// and the documents' comments and history (features/documents/work/texts.ts, joining `documents`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Omit<Dutch, 'documents' | 'cycles'> & { documents: Dutch['documents'] & typeof documentsWork; cycles: typeof cycles };
  }
}
