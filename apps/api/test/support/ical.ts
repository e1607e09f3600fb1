import ICAL from 'ical.js';

export type ParsedEvent = { uid: string; summary: string; start: string; end: string; sequence: number; status: string | null; url: string | null };

/** Reads an .ics with ical.js, a parser independent of the generator, as a calendar app would. */
export function parseIcs(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    };
  });
}
