import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { CONTRIBUTION_MAX, ContributionKind, intervisionRoutes, type IntervisionSessionDetail, type MethodPhase } from '@broedplaats/contracts';
import { contributionIn } from '@broedplaats/domain';
import { callRoute } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useIntervisionChange } from './queries';

type Props = { networkId: string; session: IntervisionSessionDetail; phase: MethodPhase | null };

/** What the group collected, per kind; the current phase's form; the case owner marks advice to take away. */
export function Contributions({ networkId, session, phase }: Props) {
  const { t } = useT();
  const [text, setText] = useState('');
  const params = { networkId, sessionId: session.id };
  const add = useIntervisionChange(networkId, (body: { text: string }) => callRoute(intervisionRoutes.contributeToIntervision, { params, body }));
  const mark = useIntervisionChange(networkId, ({ id, takenAway }: { id: string; takenAway: boolean }) =>
    callRoute(intervisionRoutes.markIntervisionAdvice, { params: { ...params, contributionId: id }, body: { takenAway } }),
  );
  const role = session.myRole === 'planner' ? null : session.myRole;
  const may = role && !session.erasedAt ? contributionIn(phase, role) : 'not_running';
  const isOwner = role === 'case-owner';
  const kinds = ContributionKind.options.filter((k) => session.contributions.some((c) => c.kind === k) || (typeof may === 'object' && may.kind === k));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contrib-heading">
      <Title order={2} id="contrib-heading" mb="sm">
        {t('intervision:contrib.title')}
      </Title>
      <Stack gap="md">
        {may === 'listens_only' && <Text>{t('intervision:contrib.listening')}</Text>}
        {typeof may === 'object' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate({ text }, { onSuccess: () => setText('') });
            }}
          >
            <Stack gap="xs">
              <Textarea label={t('intervision:contrib.label', { kind: t(`intervision:collects.${may.kind}`) })} autosize minRows={2} maxLength={CONTRIBUTION_MAX} value={text} onChange={(e) => setText(e.currentTarget.value)} />
              <Group>
                <Button type="submit" loading={add.isPending} disabled={text.trim() === ''}>
                  {t('intervision:contrib.add')}
                </Button>
              </Group>
              {add.isError && (
                <Text c="red.8" role="alert">
                  {errorMessage(t, add.error)}
                </Text>
              )}
            </Stack>
          </form>
        )}
        {kinds.length === 0 && <Text>{t('intervision:contrib.none')}</Text>}
        {kinds.map((kind) => {
          const items = session.contributions.filter((c) => c.kind === kind);
          return (
            <Stack key={kind} gap="xs">
              <Title order={3} size="h5" id={`contrib-${kind}`}>
                {t(`intervision:collects.${kind}`)}
              </Title>
              {items.length === 0 ? (
                <Text size="sm">{t('intervision:contrib.none')}</Text>
              ) : (
                <Stack component="ul" gap="xs" aria-labelledby={`contrib-${kind}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {items.map((c) => (
                    <Paper component="li" key={c.id} withBorder p="xs" radius="sm">
                      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.text}</Text>
                      <Group gap="xs" mt={4}>
                        <Text size="xs">{t('intervision:contrib.by', { name: c.author?.displayName ?? t('intervision:contrib.someone') })}</Text>
                        {kind === 'advice' && isOwner ? (
                          <Checkbox size="xs" label={t('intervision:contrib.takeAway')} checked={c.takenAway} disabled={mark.isPending} onChange={(e) => mark.mutate({ id: c.id, takenAway: e.currentTarget.checked })} />
                        ) : (
                          c.takenAway && <Badge size="sm" variant="light">{t('intervision:contrib.takenAway')}</Badge>
                        )}
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
