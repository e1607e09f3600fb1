import type { Mail } from '../mail/mailer';

export type MailMeeting = { title: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string; link: string };
type About = { to: string; networkName: string; meetings: MailMeeting[]; ics: string };

const day = (at: Date) => at.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const time = (at: Date) => at.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const when = (m: MailMeeting) => `${day(m.startsAt)}, ${time(m.startsAt)} tot ${time(m.endsAt)} uur`;
const lines = (m: MailMeeting) => [`- ${m.title}: ${when(m)}`, ...(m.place ? [`  Plaats: ${m.place}`] : []), ...(m.onlineUrl ? [`  Online: ${m.onlineUrl}`] : []), `  ${m.link}`];
const attach = (ics: string) => [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }];
const calendarHint = 'In de bijlage staat de afspraak voor je agenda. Open die om hem in je agenda te zetten.';

/** A meeting (or a series) was scheduled: every member hears of it, also who rarely logs in. In Dutch, B1. */
export function scheduledMail({ to, networkName, meetings, ics }: About): Mail {
  const first = meetings[0];
  const subject = meetings.length > 1 ? `${meetings.length} nieuwe bijeenkomsten: ${first.title}` : `Nieuwe bijeenkomst: ${first.title}`;
  const text = ['Hallo,', '', `Er is een nieuwe bijeenkomst gepland in het leernetwerk "${networkName}".`, '', ...meetings.flatMap(lines), '', 'Kom je? Laat het weten via de link.', calendarHint];
  return { to, subject, text: text.join('\n'), attachments: attach(ics) };
}

/** A meeting moved or changed: who answered the RSVP hears of it, with the updated calendar entry. */
export function changedMail({ to, networkName, meetings, ics }: About): Mail {
  const [m] = meetings;
  const text = ['Hallo,', '', `Een bijeenkomst van het leernetwerk "${networkName}" is gewijzigd. Dit is nu de tijd en plaats:`, '', ...lines(m), '', calendarHint];
  return { to, subject: `Gewijzigd: ${m.title}`, text: text.join('\n'), attachments: attach(ics) };
}

/** A meeting was cancelled: who answered the RSVP hears of it; the calendar entry is marked cancelled. */
export function cancelledMail({ to, networkName, meetings, ics }: About): Mail {
  const [m] = meetings;
  const text = ['Hallo,', '', `Deze bijeenkomst van het leernetwerk "${networkName}" gaat niet door:`, '', `- ${m.title}: ${when(m)}`, '', 'Open de bijlage om hem uit je agenda te halen.'];
  return { to, subject: `Gaat niet door: ${m.title}`, text: text.join('\n'), attachments: attach(ics) };
}
