import { useState } from 'react';
import { Alert, Button, Group, Stack, Stepper, Text, Textarea } from '@mantine/core';
import { judgePhaseChange, phaseTransitions } from '@broedplaats/domain';
import type { CycleDetail, CyclePhase } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { useChangePhase, useUpdateIteration } from './queries';

const PHASES: CyclePhase[] = ['plan', 'act', 'observe', 'reflect'];
const FIELD_OF: Record<CyclePhase, 'plan' | 'done' | 'observed' | 'reflection'> = { plan: 'plan', act: 'done', observe: 'observed', reflect: 'reflection' };

/** Plan → act → observe → reflect, and what the owners wrote per step of this iteration. */
export function PhasePanel({ cycle, networkId, canEdit }: { cycle: CycleDetail; networkId: string; canEdit: boolean }) {
  const { t } = useT();
  const change = useChangePhase(networkId, cycle.id);
  const save = useUpdateIteration(networkId, cycle.id);
  const iteration = cycle.iterations.find((i) => i.number === cycle.iteration) ?? cycle.iterations[cycle.iterations.length - 1];
  const [texts, setTexts] = useState({ plan: iteration?.plan ?? '', done: iteration?.done ?? '', observed: iteration?.observed ?? '', reflection: iteration?.reflection ?? '' });
  const running = cycle.status === 'running';
  const forward = phaseTransitions[cycle.phase].find((p) => PHASES.indexOf(p) > PHASES.indexOf(cycle.phase)) ?? (cycle.phase === 'reflect' ? 'plan' : undefined);
  const verdict = forward ? judgePhaseChange({ status: cycle.status, from: cycle.phase, to: forward, reflection: iteration?.reflection ?? '' }) : 'invalid_transition';
  const dirty = iteration && (Object.keys(texts) as (keyof typeof texts)[]).some((k) => texts[k] !== iteration[k]);

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('cycles:iterationOf', { number: cycle.iteration })}</Text>
      <Stepper active={PHASES.indexOf(cycle.phase)} size="sm" orientation="horizontal" allowNextStepsSelect={false} aria-label={t('cycles:phase.label')}>
        {PHASES.map((p) => (
          <Stepper.Step key={p} label={t(`cycles:phase.${p}`)} aria-current={p === cycle.phase ? 'step' : undefined} />
        ))}
      </Stepper>
      {iteration &&
        PHASES.map((p) => {
          const field = FIELD_OF[p];
          return canEdit && running ? (
            <Textarea key={p} label={t(`cycles:iteration.${field}`)} autosize minRows={2} value={texts[field]} onChange={(e) => setTexts({ ...texts, [field]: e.currentTarget.value })} />
          ) : (
            iteration[field] && (
              <Stack key={p} gap={2}>
                <Text size="sm" fw={600}>
                  {t(`cycles:iteration.${field}`)}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{iteration[field]}</Text>
              </Stack>
            )
          );
        })}
      {canEdit && running && (
        <Group>
          {iteration && (
            <Button variant="light" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate({ iterationId: iteration.id, ...texts })}>
              {t('cycles:iteration.save')}
            </Button>
          )}
          {forward && (
            <Button
              loading={change.isPending}
              disabled={Boolean(dirty) || verdict === 'reflection_required'}
              onClick={() => change.mutate({ from: cycle.phase, to: forward })}
            >
              {forward === 'plan' ? t('cycles:nextIteration') : t('cycles:toPhase', { phase: t(`cycles:phase.${forward}`) })}
            </Button>
          )}
        </Group>
      )}
      {canEdit && running && verdict === 'reflection_required' && <Text size="sm">{t('cycles:reflectionFirst')}</Text>}
      {(change.isError || save.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(t, change.error ?? save.error)}
        </Alert>
      )}
    </Stack>
  );
}
