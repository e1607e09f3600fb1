import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { describeDevice } from '../../lib/device';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useRevokeSession, useSessions } from './queries';

/** Where you are signed in; ending a session there signs that device out. */
export function SessionsList() {
  const { t } = useT();
  const sessions = useSessions();
  const revoke = useRevokeSession();

  if (sessions.isPending) return <PageLoader />;
  if (sessions.isError) return <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {sessions.data.map((session) => {
        const { browser, system } = describeDevice(session.userAgent);
        const device =
          browser && system ? t('profile:sessions.device', { browser, system }) : (browser ?? system ?? t('profile:sessions.unknownDevice'));
        return (
          <Paper key={session.id} withBorder p="sm" radius="md" component="li">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }} title={session.userAgent ?? undefined}>
                  {device}
                </Text>
                <Text size="sm">
                  {t('profile:sessions.since', { date: formatDateTime(session.createdAt) })} ·{' '}
                  {t('profile:sessions.lastSeen', { date: formatDateTime(session.lastSeenAt) })}
                </Text>
              </Stack>
              {session.current ? (
                <Badge variant="light" color="teal">
                  {t('profile:sessions.current')}
                </Badge>
              ) : (
                <Button
                  size="sm"
                  variant="outline"
                  color="red.8"
                  loading={revoke.isPending && revoke.variables === session.id}
                  aria-label={t('profile:sessions.revokeLabel', { date: formatDateTime(session.lastSeenAt) })}
                  onClick={() =>
                    revoke.mutate(session.id, {
                      onSuccess: () => notifySuccess(t('profile:sessions.revoked')),
                      onError: (error) => notifyError(errorMessage(t, error)),
                    })
                  }
                >
                  {t('profile:sessions.revoke')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
