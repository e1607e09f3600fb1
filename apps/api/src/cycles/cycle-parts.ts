import { randomUUID } from 'node:crypto';
import type { ActionInput, IntendedOutcome, OutcomeInput, PlannedAction } from '@broedplaats/contracts';
import type { z } from 'zod';
import { validationFailed } from '../core/errors';

type Outcomes = Array<z.output<typeof OutcomeInput>>;
type Actions = Array<z.output<typeof ActionInput>>;

/**
 * Outcomes and indicators as the owners wrote them, with stable ids: an id given must be one the
 * cycle has (so measurements keep pointing at the right indicator), a part without one is new, and
 * an indicator that has measurements cannot be dropped (its history would lose its name).
 */
export function outcomesFrom(input: Outcomes, current: IntendedOutcome[], measured: ReadonlySet<string>): IntendedOutcome[] {
  const outcomeIds = new Set(current.map((o) => o.id));
  const indicatorIds = new Set(current.flatMap((o) => o.indicators.map((i) => i.id)));
  const fields: Record<string, string> = {};
  const outcomes = input.map((o, i) => {
    if (o.id && !outcomeIds.has(o.id)) fields[`outcomes.${i}.id`] = 'Not an outcome of this cycle';
    return {
      id: o.id ?? randomUUID(),
      text: o.text,
      indicators: o.indicators.map((ind, j) => {
        if (ind.id && !indicatorIds.has(ind.id)) fields[`outcomes.${i}.indicators.${j}.id`] = 'Not an indicator of this cycle';
        return { id: ind.id ?? randomUUID(), name: ind.name, unit: ind.unit, direction: ind.direction, baseline: ind.baseline, target: ind.target };
      }),
    };
  });
  const kept = new Set(outcomes.flatMap((o) => o.indicators.map((i) => i.id)));
  if ([...measured].some((id) => !kept.has(id))) fields.outcomes ??= 'An indicator with measurements cannot be removed';
  if (Object.keys(fields).length) throw validationFailed(fields);
  return outcomes;
}

export function actionsFrom(input: Actions, current: PlannedAction[]): PlannedAction[] {
  const known = new Set(current.map((a) => a.id));
  const unknown = input.findIndex((a) => a.id && !known.has(a.id));
  if (unknown >= 0) throw validationFailed({ [`actions.${unknown}.id`]: 'Not an action of this cycle' });
  return input.map((a) => ({ id: a.id ?? randomUUID(), what: a.what, who: a.who, when: a.when, done: a.done }));
}

export const indicatorIdsOf = (outcomes: IntendedOutcome[]): Set<string> => new Set(outcomes.flatMap((o) => o.indicators.map((i) => i.id)));
