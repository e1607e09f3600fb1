import { useT } from '../../lib/use-t';
import { AuthPage } from './AuthPage';
import { RegisterForm } from './RegisterForm';

export function RegisterPage() {
  const { t } = useT();
  return (
    <AuthPage
      title={t('auth:register.title')}
      intro={t('auth:register.intro')}
      form={(onDone) => <RegisterForm onDone={onDone} />}
      switchText={t('auth:register.haveAccount')}
      switchLabel={t('auth:register.toLogin')}
      switchTo="/login"
    />
  );
}
