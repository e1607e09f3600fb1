import { amsterdamLocal } from '../meetings/meeting-time';

/** Days from one calendar day to another (`2026-03-01` → `2026-03-22` is 21), whatever the clock change. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A running cycle is stale when nobody logged a try-out for `staleDays` days: counted from the last
 * log's day, or from the day it started when there is none yet. A closed cycle is never stale.
 */
export function isStale(cycle: { running: boolean; lastLogDate: string | null; startedOn: string }, today: string, staleDays: number): boolean {
  if (!cycle.running) return false;
  return daysBetween(cycle.lastLogDate ?? cycle.startedOn, today) >= staleDays;
}

/** The calendar day in Amsterdam of a moment: what "today" means to the people logging. */
export const amsterdamDay = (at: Date): string => amsterdamLocal(at).slice(0, 10);

/** The same calendar day `months` earlier (clamped to the month's end: 31 August − 6 months is 28/29 February). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
