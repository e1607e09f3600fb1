import { LearningDomain, ValueCycle, type ReflectionAggregates } from '@broedplaats/contracts';

export type SharedRow = { authorId: string; createdAt: Date; domains: readonly LearningDomain[]; cycles: readonly ValueCycle[] };
type Cell = { key: LearningDomain | ValueCycle; reflections: number; people: number };

/** `2026-Q1` for a moment, in Europe/Amsterdam. */
export function quarterOf(at: Date): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(at).split('-');
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

function cells<K extends LearningDomain | ValueCycle>(keys: readonly K[], rows: SharedRow[], pick: (r: SharedRow) => readonly K[], min: number): { shown: Cell[]; hidden: number } {
  const shown: Cell[] = [];
  let hidden = 0;
  for (const key of keys) {
    const tagged = rows.filter((r) => pick(r).includes(key));
    if (!tagged.length) continue;
    const people = new Set(tagged.map((r) => r.authorId)).size;
    if (people >= min) shown.push({ key, reflections: tagged.length, people });
    else hidden++;
  }
  return { shown, hidden };
}

/**
 * Shared reflections over Biesta's sides and Wenger-Trayner's cycles per quarter. No cell shows fewer
 * than `min` different people (so nobody can be singled out): a small cell is hidden and counted in
 * `hidden`, so the view can say why. The prompt names the side written about least, and only when at
 * least `min` people shared at all (the same rule: a prompt must not point at one person's writing).
 */
export function aggregateReflections(networkId: string, rows: SharedRow[], min: number): ReflectionAggregates {
  const byPeriod = new Map<string, SharedRow[]>();
  for (const row of rows) {
    const period = quarterOf(row.createdAt);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), row]);
  }
  const periods = [...byPeriod.keys()].sort().map((period) => {
    const inPeriod = byPeriod.get(period)!;
    const domains = cells(LearningDomain.options, inPeriod, (r) => r.domains, min);
    const cycles = cells(ValueCycle.options, inPeriod, (r) => r.cycles, min);
    return { period, domains: domains.shown, cycles: cycles.shown, hidden: domains.hidden + cycles.hidden };
  });
  return { networkId, minPeople: min, periods, prompt: leastWrittenSide(rows, min) };
}

/** Ties go to the side research finds neglected most (subjectification, then socialisation). */
export function leastWrittenSide(rows: SharedRow[], min: number): LearningDomain | null {
  if (new Set(rows.map((r) => r.authorId)).size < min) return null;
  const count = (d: LearningDomain) => rows.filter((r) => r.domains.includes(d)).length;
  return [...LearningDomain.options].reverse().reduce((least, d) => (count(d) < count(least) ? d : least));
}
