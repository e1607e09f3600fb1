import { useEffect, useRef, useState } from 'react';

/** What the log form holds while someone types; kept per cycle so a closed tab or a call loses nothing. */
export type LogDraft = {
  did: string;
  happened: string;
  learned: string;
  next: string;
  mood: string;
  date: string;
  /** Per indicator id, the value as typed. */
  values: Record<string, string>;
};

const key = (cycleId: string) => `broedplaats.cycles.draft.${cycleId}`;
/** Typing is saved a moment after it stops, not on every key. */
export const DRAFT_DELAY_MS = 400;

/** Today in the Netherlands, as a calendar day (YYYY-MM-DD). */
export const todayInAmsterdam = (now = new Date()): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);

export const emptyDraft = (): LogDraft => ({ did: '', happened: '', learned: '', next: '', mood: '', date: todayInAmsterdam(), values: {} });

export function readDraft(cycleId: string): LogDraft | null {
  try {
    const raw = window.localStorage.getItem(key(cycleId));
    return raw ? { ...emptyDraft(), ...(JSON.parse(raw) as Partial<LogDraft>) } : null;
  } catch {
    return null;
  }
}

export function clearDraft(cycleId: string): void {
  try {
    window.localStorage.removeItem(key(cycleId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

const hasText = (d: LogDraft) => [d.did, d.happened, d.learned, d.next, d.mood, ...Object.values(d.values)].some((v) => v.trim() !== '');

/** The form's state, started from the saved draft and saved again shortly after each change. */
export function useLogDraft(cycleId: string) {
  const [draft, setDraft] = useState<LogDraft>(() => readDraft(cycleId) ?? emptyDraft());
  const [restored] = useState(() => readDraft(cycleId) !== null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (hasText(draft)) window.localStorage.setItem(key(cycleId), JSON.stringify(draft));
        else window.localStorage.removeItem(key(cycleId));
        setSavedAt(Date.now());
      } catch {
        // Storage blocked: the form still works, only without a safety copy.
      }
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cycleId, draft]);
  const reset = () => {
    clearDraft(cycleId);
    first.current = true;
    setDraft(emptyDraft());
    setSavedAt(null);
  };
  return { draft, setDraft, restored, savedAt, reset };
}
