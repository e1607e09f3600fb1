import type { Language } from '@broedplaats/contracts';
import type { Mail } from '../mail/mailer';

/** The reset mail in the person's own language; Dutch at B1 level. */
export function passwordResetMail(language: Language, to: { email: string; displayName: string }, link: string): Mail {
  const text =
    language === 'en'
      ? [
          `Hello ${to.displayName},`,
          '',
          'Someone asked to set a new password for your Broedplaats account. Was that you? Open this link within an hour:',
          link,
          '',
          'The link works once. Did you not ask for this? Then do nothing: your password stays the same.',
          '',
          'Broedplaats, the workspace of learning networks in the social domain',
        ]
      : [
          `Hallo ${to.displayName},`,
          '',
          'Iemand wil een nieuw wachtwoord voor jouw account bij Broedplaats. Was jij dat? Open dan binnen een uur deze link:',
          link,
          '',
          'De link werkt één keer. Heb je dit niet zelf gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.',
          '',
          'Broedplaats, de werkplek van leernetwerken in het sociaal domein',
        ];
  return { to: to.email, subject: language === 'en' ? 'Set a new password for Broedplaats' : 'Nieuw wachtwoord voor Broedplaats', text: text.join('\n') };
}
