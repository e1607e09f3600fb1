import 'i18next';
import type documentsWork from '../locales/nl/documents-work.json';
import type { resources } from './i18n';

type Dutch = (typeof resources)['nl'];

// Typed keys: a misspelled or missing translation key fails the type check instead of showing raw keys.
// The documents' comments and history texts join the `documents` namespace when the editor chunk
// loads (features/documents/work/texts.ts), so they are not in the first download.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Omit<Dutch, 'documents'> & { documents: Dutch['documents'] & typeof documentsWork };
  }
}
