import type { Mail } from '../mail/mailer';

type Invite = { to: string; networkName: string; invitedByName: string; message: string; link: string; expiresAt: Date };

const date = (at: Date) => at.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

/** The invitation mail, in Dutch at B1 level: who invites, to which network, their own words, and what Broedplaats is. */
export function invitationMail({ to, networkName, invitedByName, message, link, expiresAt }: Invite): Mail {
  const text = [
    'Hallo,',
    '',
    `${invitedByName} nodigt je uit voor het leernetwerk "${networkName}" op Broedplaats.`,
    ...(message ? ['', `${invitedByName} schrijft:`, message] : []),
    '',
    'Wil je meedoen? Open dan deze link:',
    link,
    '',
    `De link werkt één keer, tot ${date(expiresAt)}. Je mag een ander e-mailadres gebruiken om je aan te melden.`,
    '',
    'Wat is Broedplaats? Een online werkplek voor leernetwerken in het sociaal domein. Mensen uit de praktijk, inwoners, studenten en onderzoekers leren daar samen. Je ziet wat de groep doet, wie er meedoet en wat de groep heeft geleerd.',
  ];
  return { to, subject: `${invitedByName} nodigt je uit voor ${networkName}`, text: text.join('\n') };
}
