import { useEffect } from 'react';
import { setLanguage } from '../lib/i18n';
import { useMe } from '../features/auth/queries';

/** When someone signs in, the interface follows the language in their profile. */
export function LanguageSync() {
  const me = useMe();
  const language = me.data?.language;
  useEffect(() => {
    if (language) void setLanguage(language);
  }, [language]);
  return null;
}
