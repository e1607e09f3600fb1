import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../lib/use-t';
import { errorMessage } from '../lib/errors';

export function PageLoader({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden />
      <Text ml="sm">{label ?? t('common:loading')}</Text>
    </Center>
  );
}

export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('common:errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>{errorMessage(t, error)}</Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t('common:retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

type EmptyProps = { title: string; text?: string; action?: ReactNode; headingOrder?: 2 | 3 };

export function EmptyState({ title, text, action, headingOrder = 3 }: EmptyProps) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs" align="flex-start">
        <Title order={headingOrder} size="h4">
          {title}
        </Title>
        {text && <Text>{text}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
