import { useT } from '../../lib/use-t';
import { AuthPage } from './AuthPage';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useT();
  return (
    <AuthPage
      title={t('auth:login.title')}
      form={(onDone) => <LoginForm onDone={onDone} />}
      switchText={t('auth:login.noAccount')}
      switchLabel={t('auth:login.toRegister')}
      switchTo="/register"
    />
  );
}
