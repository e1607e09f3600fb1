import i18n from 'i18next';
import en from '../../locales/en/intervision.json';
import nl from '../../locales/nl/intervision.json';

// Intervision's texts come with its pages, not in the first download (locales/*/intervision-nav.json
// holds only the names tabs and menus show): every page and part of this folder imports this file.
i18n.addResourceBundle('nl', 'intervision', nl, true, true);
i18n.addResourceBundle('en', 'intervision', en, true, true);
