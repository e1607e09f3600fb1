import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useT } from '../lib/use-t';
import type { Language } from '@broedplaats/contracts';
import { errorMessage } from '../lib/errors';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { notifyError } from '../lib/notify';
import { useMe, useUpdateProfile } from '../features/auth/queries';

/** One button naming the other language in that language, so people who cannot read this one find it. */
export function LanguageSwitch() {
  const { t, i18n } = useT();
  const me = useMe();
  const update = useUpdateProfile();
  const target: Language = (i18n.resolvedLanguage ?? currentLanguage()) === 'nl' ? 'en' : 'nl';

  const change = async () => {
    await setLanguage(target);
    // Signed in: the profile remembers the choice on every device.
    if (me.data && me.data.language !== target) {
      update.mutate({ language: target }, { onError: (error) => notifyError(errorMessage(t, error)) });
    }
  };

  return (
    <Button variant="subtle" color="dark" px="xs" leftSection={<IconLanguage size={18} aria-hidden />} onClick={() => void change()} lang={target}>
      {t(`common:language.${target}`, { lng: target })}
    </Button>
  );
}
