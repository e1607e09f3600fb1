import { currentLanguage } from './i18n';

const ZONE = 'Europe/Amsterdam';
const locale = () => (currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB');

/** Dates travel in UTC; people read them in Dutch time. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A time of day, for what ends today ("until 15:30"). */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, timeStyle: 'short' }).format(new Date(iso));
}
