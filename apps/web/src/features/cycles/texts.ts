import i18n from 'i18next';
import en from '../../locales/en/cycles.json';
import nl from '../../locales/nl/cycles.json';

// The cycles' texts come with their pages, not in the first download (locales/*/cycles-nav.json
// holds only the names tabs and menus show): every page and part of this folder imports this file.
i18n.addResourceBundle('nl', 'cycles', nl, true, true);
i18n.addResourceBundle('en', 'cycles', en, true, true);
