import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Language } from '@broedplaats/contracts';
import nlCommon from '../locales/nl/common.json';
import nlErrors from '../locales/nl/errors.json';
import nlAuth from '../locales/nl/auth.json';
import nlNetworks from '../locales/nl/networks.json';
import nlMembers from '../locales/nl/members.json';
import nlInvitations from '../locales/nl/invitations.json';
import nlProfile from '../locales/nl/profile.json';
import nlPresence from '../locales/nl/presence.json';
import nlMail from '../locales/nl/mail.json';
import nlAdmin from '../locales/nl/admin.json';
import nlWelcome from '../locales/nl/welcome.json';
import nlActivity from '../locales/nl/activity.json';
import nlNotifications from '../locales/nl/notifications.json';
import nlForMe from '../locales/nl/forMe.json';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enAuth from '../locales/en/auth.json';
import enNetworks from '../locales/en/networks.json';
import enMembers from '../locales/en/members.json';
import enInvitations from '../locales/en/invitations.json';
import enProfile from '../locales/en/profile.json';
import enPresence from '../locales/en/presence.json';
import enMail from '../locales/en/mail.json';
import enAdmin from '../locales/en/admin.json';
import enWelcome from '../locales/en/welcome.json';
import enActivity from '../locales/en/activity.json';
import enNotifications from '../locales/en/notifications.json';
import enForMe from '../locales/en/forMe.json';

export const resources = {
  nl: {
    common: nlCommon, errors: nlErrors, auth: nlAuth, networks: nlNetworks, members: nlMembers,
    invitations: nlInvitations, profile: nlProfile, presence: nlPresence, welcome: nlWelcome, mail: nlMail, admin: nlAdmin,
    activity: nlActivity,
    notifications: nlNotifications,
    forMe: nlForMe,
  },
  en: {
    common: enCommon, errors: enErrors, auth: enAuth, networks: enNetworks, members: enMembers,
    invitations: enInvitations, profile: enProfile, presence: enPresence, welcome: enWelcome, mail: enMail, admin: enAdmin,
    activity: enActivity,
    notifications: enNotifications,
    forMe: enForMe,
  },
} as const;

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
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

// The build also renders the first pages in Node (prerender.tsx), where there is no document.
const inBrowser = typeof document !== 'undefined';

i18n.on('languageChanged', (language) => {
  if (inBrowser) document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  ns: Object.keys(resources.nl),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
if (inBrowser) document.documentElement.lang = currentLanguage();

export default i18n;
