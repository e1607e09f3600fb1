import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MeetingRow } from './meetings.repository';

export type IcsMeeting = Pick<MeetingRow, 'id' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl' | 'status' | 'sequence' | 'updatedAt'> & { networkName: string; link: string };

/** One UID per meeting for its whole life: calendar apps update the entry by UID and SEQUENCE. */
export const meetingUid = (meetingId: string) => `${meetingId}@broedplaats`;

/**
 * RFC 5545 written by ical-generator, with UTC times (no VTIMEZONE needed; calendar apps show them
 * in the reader's zone). A cancelled meeting stays in the file as STATUS:CANCELLED, so an app that
 * has it removes it; every change raised SEQUENCE, so the newest version wins.
 */
export function meetingsCalendar(name: string, list: IcsMeeting[]): string {
  const calendar = ical({ name, prodId: { company: 'Broedplaats', product: 'meetings', language: 'NL' }, method: ICalCalendarMethod.PUBLISH });
  for (const m of list) {
    const where = [m.place, m.onlineUrl].filter(Boolean).join(' · ');
    calendar.createEvent({
      id: meetingUid(m.id),
      sequence: m.sequence,
      stamp: m.updatedAt,
      start: m.startsAt,
      end: m.endsAt,
      summary: `${m.title} (${m.networkName})`,
      description: [m.description, m.link].filter(Boolean).join('\n\n'),
      location: where || null,
      url: m.link,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
