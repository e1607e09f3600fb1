import { TZDate } from '@date-fns/tz';
import { addMinutes, addWeeks } from 'date-fns';

/** Meetings happen in the Netherlands: wall-clock times are Amsterdam's, whatever the server's zone. */
export const MEETING_TIME_ZONE = 'Europe/Amsterdam';
/** A series is at most a year of weekly meetings. */
export const MAX_SERIES_LENGTH = 52;
/** Longer than a day is not one meeting (a symposium of two days is two meetings). */
export const MAX_MEETING_MINUTES = 24 * 60;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `2026-10-06T19:00` (what a `datetime-local` input gives) as the instant it is in Amsterdam. */
export function amsterdamInstant(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const at = new TZDate(y, mo - 1, d, h, mi, MEETING_TIME_ZONE);
  // 2026-02-31 or 25:00 roll over silently in Date; they are not a time anyone meant.
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d || at.getHours() !== h) return null;
  return new Date(at.getTime());
}

/** The other way: an instant as `YYYY-MM-DDTHH:mm` on an Amsterdam wall clock (for `datetime-local`). */
export function amsterdamLocal(instant: Date | string): string {
  const at = new TZDate(new Date(instant).getTime(), MEETING_TIME_ZONE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

export type Slot = { startsAt: Date; endsAt: Date };
export type SeriesPlan = { firstStart: string; durationMinutes: number; count: number; intervalWeeks: number };

/**
 * The meetings of a series: the same wall-clock time every `intervalWeeks`, so "Tuesday 19:00"
 * stays 19:00 across the October and March clock changes (the UTC instants shift by an hour).
 */
export function seriesSlots(plan: SeriesPlan): Slot[] {
  const first = amsterdamInstant(plan.firstStart);
  if (!first) return [];
  const start = new TZDate(first.getTime(), MEETING_TIME_ZONE);
  return Array.from({ length: plan.count }, (_, i) => {
    const startsAt = addWeeks(start, i * plan.intervalWeeks);
    return { startsAt: new Date(startsAt.getTime()), endsAt: new Date(addMinutes(startsAt, plan.durationMinutes).getTime()) };
  });
}

/** Minutes between two instants as read on an Amsterdam wall clock (a move "one hour later" is 60 in any season). */
export function wallClockMinutes(from: Date, to: Date): number {
  return (Date.parse(`${amsterdamLocal(to)}:00Z`) - Date.parse(`${amsterdamLocal(from)}:00Z`)) / 60_000;
}

/**
 * Moves an instant by wall-clock minutes in Amsterdam: how "this and following" carries a move to the
 * later meetings of a series, each keeping its time of day across a clock change.
 */
export function shiftWallClock(instant: Date, minutes: number): Date {
  const moved = new Date(Date.parse(`${amsterdamLocal(instant)}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
  // A wall-clock time that does not exist (02:30 on the March change) keeps the plain shift.
  return amsterdamInstant(moved) ?? new Date(instant.getTime() + minutes * 60_000);
}

/** Field problems with a meeting's times, keyed as the body names them; empty when fine. */
export function timeProblems(startsAt: Date, endsAt: Date): Record<string, string> {
  if (endsAt.getTime() <= startsAt.getTime()) return { end: 'The end must be after the start' };
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_MINUTES * 60_000) return { end: 'A meeting lasts at most a day' };
  return {};
}
