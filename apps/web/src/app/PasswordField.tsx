import { useState } from 'react';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../lib/use-t';

/**
 * A password input whose show/hide button is reachable by Tab and says, in the page's language,
 * what it will do (Mantine's own toggle is skipped by Tab and has no name).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useT();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      {...props}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleButtonProps={{ tabIndex: 0, 'aria-label': visible ? t('common:hidePassword') : t('common:showPassword'), 'aria-pressed': visible }}
    />
  );
}
