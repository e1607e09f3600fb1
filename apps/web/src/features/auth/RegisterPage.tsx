import { Anchor, Container, Paper, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../lib/page-title';
import { safeNext } from './auth-redirect';
import { RegisterForm } from './RegisterForm';
import { useMe } from './queries';

export function RegisterPage() {
  const { t } = useT();
  usePageTitle(t('auth:register.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <Container size={460} px={0}>
      <Title order={1} mb="xs">
        {t('auth:register.title')}
      </Title>
      <Text mb="md">{t('auth:register.intro')}</Text>
      <Paper withBorder p="lg" radius="md">
        <RegisterForm onDone={() => navigate(next, { replace: true })} />
      </Paper>
      <Text mt="md">
        {t('auth:register.haveAccount')}{' '}
        <Anchor component={Link} to={`/login${params.size ? `?${params}` : ''}`}>
          {t('auth:register.toLogin')}
        </Anchor>
      </Text>
    </Container>
  );
}
