import i18n from 'i18next';
import en from '../../../locales/en/documents-work.json';
import nl from '../../../locales/nl/documents-work.json';

/**
 * The comments and history texts, added to the `documents` namespace when the editor chunk loads:
 * about 1 KB gzip that only people who open a document need (the initial JavaScript budget).
 * Merged deep and without overwriting, so a language bundle loaded later keeps them.
 */
i18n.addResourceBundle('nl', 'documents', nl, true, false);
i18n.addResourceBundle('en', 'documents', en, true, false);
