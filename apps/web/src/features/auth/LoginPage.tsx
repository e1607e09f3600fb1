import { Anchor, Container, Paper, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../lib/page-title';
import { safeNext } from './auth-redirect';
import { LoginForm } from './LoginForm';
import { useMe } from './queries';

export function LoginPage() {
  const { t } = useT();
  usePageTitle(t('auth:login.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <Container size={460} px={0}>
      <Title order={1} mb="md">
        {t('auth:login.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <LoginForm onDone={() => navigate(next, { replace: true })} />
      </Paper>
      <Text mt="md">
        {t('auth:login.noAccount')}{' '}
        <Anchor component={Link} to={`/register${params.size ? `?${params}` : ''}`}>
          {t('auth:login.toRegister')}
        </Anchor>
      </Text>
    </Container>
  );
}
