import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PageError, PageLoader } from '../../app/PageState';
import { formatDateTime } from '../../lib/dates';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/page-title';
import { useT } from '../../lib/use-t';
import './texts';
import { useMySessions } from '../intervision/queries';
import { useMyMeetings } from '../meetings/queries';
import { useNetworkList } from '../networks/queries';
import { ReflectionForm, type LinkChoice } from './ReflectionForm';
import { useDeleteReflection, useMyReflections, useWriteReflection } from './queries';

/** "Mijn reflecties": my private journal, from which I may share a chosen part with a network. */
export function ReflectionsPage() {
  const { t } = useT();
  usePageTitle(t('reflection:mine.title'));
  const mine = useMyReflections();
  const write = useWriteReflection();
  const remove = useDeleteReflection();
  const networks = useNetworkList('mine', '', 1);
  const meetings = useMyMeetings();
  const sessions = useMySessions();
  const networkChoices = (networks.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }));
  const links: LinkChoice[] = [
    ...(meetings.data ?? []).map((m) => ({ value: `meeting:${m.id}`, label: `${t('reflection:form.linkKind.meeting')}: ${m.title}`, networkId: m.networkId, link: { kind: 'meeting' as const, id: m.id } })),
    ...(sessions.data ?? []).filter((s) => s.myRole === 'case-owner').map((s) => ({ value: `intervision:${s.id}`, label: `${t('reflection:form.linkKind.intervision')}: ${s.title}`, networkId: s.networkId, link: { kind: 'intervision' as const, id: s.id } })),
  ];

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('reflection:mine.title')}</Title>
      <Text>{t('reflection:mine.intro')}</Text>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-reflection">
        <Title order={2} size="h3" id="new-reflection" mb="sm">
          {t('reflection:form.title')}
        </Title>
        <ReflectionForm
          networks={networkChoices}
          links={links}
          pending={write.isPending}
          error={write.error}
          onSubmit={(body, reset) => write.mutate(body, { onSuccess: () => (reset(), notifySuccess(t('reflection:form.saved'))) })}
        />
      </Paper>
      {mine.isPending ? (
        <PageLoader />
      ) : mine.isError ? (
        <PageError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.length === 0 ? (
        <Text>{t('reflection:mine.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" aria-label={t('reflection:mine.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mine.data.map((r) => (
            <Paper component="li" key={r.id} withBorder p="sm" radius="sm">
              <Text size="xs">{formatDateTime(r.createdAt)}</Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.text}</Text>
              <Group gap={4} mt={4}>
                {r.domains.map((d) => (
                  <Badge key={d} size="sm" variant="light">
                    {t(`reflection:domain.${d}`)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm" mt={4}>
                {r.sharedPart ? t('reflection:form.shared', { text: r.sharedPart }) : t('reflection:form.private')}
              </Text>
              <Button size="compact-xs" variant="subtle" color="red.9" mt={4} onClick={() => remove.mutate(r.id, { onSuccess: () => notifySuccess(t('reflection:form.deleted')) })}>
                {t('reflection:form.delete')}
              </Button>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
