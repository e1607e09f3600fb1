import { useState } from 'react';
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { ROUND_BUDGET_MAX, type Network, type Question } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useRound, useRoundAction } from './queries';

/**
 * Dot voting above the agenda: members see the dots they have left, facilitators open and close the
 * round, and the last closed round's ranking stays in view. Nothing shows to members without a round.
 */
export function RoundPanel({ network }: { network: Network }) {
  const { t } = useT();
  const state = useRound(network.id);
  const action = useRoundAction(network.id);
  const [budget, setBudget] = useState<number | string>(5);
  const manages = network.myRole === 'facilitator' && !network.archived;
  if (!state.data) return null;
  const { round, dotsLeft } = state.data;
  const open = round !== null && round.closedAt === null;
  if (!round && !manages) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="agenda-round">
      <Stack gap="xs">
        <Title order={3} size="h4" id="agenda-round">
          {open ? t('agenda:round.title') : t('agenda:round.closed')}
        </Title>
        {open && (
          <>
            <Text fw={600} aria-live="polite">
              {t('agenda:round.left', { count: dotsLeft })}
            </Text>
            <Text size="sm">{t('agenda:round.howTo', { count: round.budget })}</Text>
          </>
        )}
        {!open && round && round.ranking.length === 0 && <Text size="sm">{t('agenda:round.noDots')}</Text>}
        {!open && round && round.ranking.length > 0 && (
          <Stack gap={2} component="ol" style={{ paddingLeft: '1.2rem', margin: 0 }} aria-label={t('agenda:round.closed')}>
            {round.ranking.map((r) => (
              <li key={r.questionId}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('agenda:round.rank', { rank: r.rank, title: r.title, count: r.dots })}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {manages && open && (
          <ConfirmButton
            size="compact-sm"
            confirmColor="blue"
            style={{ alignSelf: 'flex-start' }}
            title={t('agenda:round.close')}
            question={t('agenda:round.closeQuestion')}
            confirmLabel={t('agenda:round.close')}
            onConfirm={() => action.mutateAsync({ close: round.id }).catch(() => undefined)}
          >
            {t('agenda:round.close')}
          </ConfirmButton>
        )}
        {manages && !open && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              action.mutate({ open: Number(budget) });
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              <NumberInput label={t('agenda:round.budget')} min={1} max={ROUND_BUDGET_MAX} value={budget} onChange={setBudget} w={140} allowDecimal={false} />
              <Button type="submit" size="sm" loading={action.isPending} disabled={!(Number(budget) >= 1 && Number(budget) <= ROUND_BUDGET_MAX)}>
                {t('agenda:round.open')}
              </Button>
            </Group>
          </form>
        )}
        {action.isError && (
          <Text c="red" role="alert" size="sm">
            {errorMessage(t, action.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** My dots on one question while a round is open; only questions on the agenda take dots. */
export function DotsControl({ network, question }: { network: Network; question: Question }) {
  const { t } = useT();
  const state = useRound(network.id);
  const action = useRoundAction(network.id);
  const round = state.data?.round;
  if (!round || round.closedAt !== null || question.status !== 'on-agenda' || network.archived) return null;
  const mine = state.data!.myDots[question.id] ?? 0;
  const set = (dots: number) => action.mutate({ roundId: round.id, questionId: question.id, dots });
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={`${t('agenda:round.dots')}: ${question.title}`}>
      <ActionIcon variant="light" aria-label={`${t('agenda:round.remove')}: ${question.title}`} disabled={mine === 0 || action.isPending} onClick={() => set(mine - 1)}>
        <IconMinus size={14} aria-hidden />
      </ActionIcon>
      <Text size="sm" fw={600} miw={70} ta="center">
        {t('agenda:round.mine', { count: mine })}
      </Text>
      <ActionIcon variant="light" aria-label={`${t('agenda:round.add')}: ${question.title}`} disabled={state.data!.dotsLeft === 0 || action.isPending} onClick={() => set(mine + 1)}>
        <IconPlus size={14} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
