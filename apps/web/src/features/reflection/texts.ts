import i18n from 'i18next';
import en from '../../locales/en/reflection.json';
import nl from '../../locales/nl/reflection.json';

// Reflection's texts come with its pages, not in the first download (locales/*/reflection-nav.json
// holds only the names tabs and menus show): every page and part of this folder imports this file.
i18n.addResourceBundle('nl', 'reflection', nl, true, true);
i18n.addResourceBundle('en', 'reflection', en, true, true);
