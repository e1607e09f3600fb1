import { Alert, Anchor, Button, Container, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AuthResult, InvitationPreview } from '@broedplaats/contracts';
import { PageError, PageLoader } from '../../app/PageState';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { reconnectSocket } from '../../lib/socket';
import { LoginForm } from '../auth/LoginForm';
import { RegisterForm } from '../auth/RegisterForm';
import { useMe } from '../auth/queries';
import { useAcceptInvitation, useInvitationPreview } from './queries';

function InvitationInvalid() {
  const { t } = useT();
  return (
    <Paper withBorder p="lg" radius="md" role="alert">
      <Title order={2} size="h3" mb="xs">
        {t('invitations:join.invalidTitle')}
      </Title>
      <Text mb="md">{t('invitations:join.invalidText')}</Text>
      <Anchor component={Link} to="/">
        {t('invitations:join.toStart')}
      </Anchor>
    </Paper>
  );
}

function JoinActions({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useT();
  const navigate = useNavigate();
  const me = useMe();
  const accept = useAcceptInvitation(token);
  const toNetwork = (networkId: string) => navigate(`/networks/${networkId}`, { replace: true });
  const joined = (result: AuthResult) => toNetwork(result.joinedNetworkId ?? preview.networkId);

  if (me.isPending) return <PageLoader />;
  if (me.data && preview.alreadyMember) {
    // Said before any click: joining again would only answer "already a member".
    return (
      <Paper withBorder p="lg" radius="md">
        <Text fw={700} mb="xs">
          {t('invitations:join.memberAlready', { name: preview.networkName })}
        </Text>
        <Anchor component={Link} to={`/networks/${preview.networkId}`}>
          {t('invitations:join.toNetwork', { name: preview.networkName })}
        </Anchor>
      </Paper>
    );
  }
  if (me.data) {
    const join = () =>
      accept.mutate(undefined, {
        onSuccess: ({ networkId }) => {
          reconnectSocket();
          notifySuccess(t('invitations:join.done', { name: preview.networkName }));
          toNetwork(networkId);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'already_member') {
            notifySuccess(t('invitations:join.alreadyMember'));
            toNetwork(preview.networkId);
          } else notifyError(errorMessage(t, error));
        },
      });
    return (
      <Stack align="flex-start">
        <Text>{t('invitations:join.signedInAs', { name: me.data.displayName })}</Text>
        <Button size="md" onClick={join} loading={accept.isPending}>
          {t('invitations:join.button')}
        </Button>
      </Stack>
    );
  }
  return (
    <Tabs defaultValue="register" keepMounted={false}>
      <Tabs.List grow>
        <Tabs.Tab value="register">{t('invitations:join.newAccount')}</Tabs.Tab>
        <Tabs.Tab value="login">{t('invitations:join.haveAccount')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="register" pt="md">
        <RegisterForm invitationToken={token} onDone={joined} />
      </Tabs.Panel>
      <Tabs.Panel value="login" pt="md">
        <LoginForm invitationToken={token} onDone={joined} />
      </Tabs.Panel>
    </Tabs>
  );
}

export function JoinPage() {
  const { t } = useT();
  const { token = '' } = useParams();
  const me = useMe();
  const preview = useInvitationPreview(token, me.isPending ? undefined : (me.data?.id ?? null));
  usePageTitle(preview.data ? t('invitations:join.pageTitle', { name: preview.data.networkName }) : t('invitations:join.title'));

  const invalid =
    preview.isError && isApiError(preview.error) && ['invitation_invalid', 'not_found', 'validation_failed'].includes(preview.error.code);

  return (
    <Container size={520} px={0}>
      <Title order={1} mb="md">
        {t('invitations:join.title')}
      </Title>
      {preview.isPending && <PageLoader />}
      {invalid && <InvitationInvalid />}
      {preview.isError && !invalid && <PageError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.data && (
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="md">
            <Title order={2} size="h3" mb="xs">
              {preview.data.networkName}
            </Title>
            <Text>
              {t('invitations:join.invitedBy', {
                name: preview.data.invitedByName,
                role: t(`members:role.${preview.data.role}`),
                category: t(`members:category.${preview.data.category}`),
              })}
            </Text>
            <Text size="sm" mt="xs">
              {preview.data.province} · {t('invitations:join.validUntil', { date: formatDateTime(preview.data.expiresAt) })}
            </Text>
            <Text size="sm" mt="sm">
              {t('welcome:join.about')}
            </Text>
          </Paper>
          <Alert variant="light" color="gray" title={t('welcome:join.privacyTitle')}>
            {t('welcome:join.privacy')}
          </Alert>
          <JoinActions token={token} preview={preview.data} />
        </Stack>
      )}
    </Container>
  );
}
