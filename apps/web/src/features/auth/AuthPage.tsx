import type { ReactNode } from 'react';
import { Anchor, Container, Paper, Text, Title } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../lib/page-title';
import { safeNext } from './auth-redirect';
import { useMe } from './queries';

type Props = {
  title: string;
  intro?: string;
  /** The form, given what to do once signed in: go where the person was heading. */
  form: (onDone: () => void) => ReactNode;
  switchText: string;
  switchLabel: string;
  switchTo: '/login' | '/register';
};

/** The frame of the login and register pages; signed-in people go straight on to `?next=`. */
export function AuthPage({ title, intro, form, switchText, switchLabel, switchTo }: Props) {
  usePageTitle(title);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <Container size={460} px={0}>
      <Title order={1} mb={intro ? 'xs' : 'md'}>
        {title}
      </Title>
      {intro && <Text mb="md">{intro}</Text>}
      <Paper withBorder p="lg" radius="md">
        {form(() => navigate(next, { replace: true }))}
      </Paper>
      <Text mt="md">
        {switchText}{' '}
        <Anchor component={Link} to={`${switchTo}${params.size ? `?${params}` : ''}`}>
          {switchLabel}
        </Anchor>
      </Text>
    </Container>
  );
}
