import 'i18next';
import type documentsWork from '../locales/nl/documents-work.json';
import type { resources } from './i18n';
import type cycles from '../locales/nl/cycles.json';
import type intervision from '../locales/nl/intervision.json';
import type reflection from '../locales/nl/reflection.json';

type Dutch = (typeof resources)['nl'];

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
// Texts added when their chunk loads have their keys from the full files: the cycles', intervision's and
// reflection's (features/*/texts.ts), and the documents' comments and history (joining `documents`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Omit<Dutch, 'documents' | 'cycles' | 'intervision' | 'reflection'> & {
      documents: Dutch['documents'] & typeof documentsWork;
      cycles: typeof cycles;
      intervision: typeof intervision;
      reflection: typeof reflection;
    };
  }
}
