import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Language } from '@broedplaats/contracts';
import { nl } from '../locales/nl';

/**
 * Dutch comes with the first download; English, which fewer people read, is fetched when chosen (about
 * 7 KB gzip less for everyone else). `resources.nl` is also the shape every language must have.
 */
export const resources = { nl } as const;
const loadBundle: Record<Language, () => Promise<Record<string, object>>> = {
  nl: async () => nl,
  en: () => import('../locales/en').then((m) => m.en),
};

/** Makes a language's texts available (once); needed before switching to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const bundle = await loadBundle[language]();
  for (const [namespace, texts] of Object.entries(bundle)) i18n.addResourceBundle(language, namespace, texts, true, true);
}

const STORAGE_KEY = 'broedplaats.language';

function storedLanguage(): Language {
  try {
    const parsed = Language.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLanguage(): Language {
  const parsed = Language.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'nl';
}

/** Switches the interface language, remembers it on this device and keeps `<html lang>` in step. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice simply is not remembered.
  }
  await loadLanguage(language);
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

// The build also renders the first pages in Node (prerender.tsx), where there is no document.
const inBrowser = typeof document !== 'undefined';

i18n.on('languageChanged', (language) => {
  if (inBrowser) document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  partialBundledLanguages: true,
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  ns: Object.keys(resources.nl),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
if (inBrowser) document.documentElement.lang = currentLanguage();

/** The language this device chose before, with its texts loaded: wait for it before the first render. */
export const languageReady: Promise<void> = storedLanguage() === 'nl' ? Promise.resolve() : setLanguage(storedLanguage()).catch(() => undefined);

export default i18n;
