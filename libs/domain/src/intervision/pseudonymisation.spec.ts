import { findIdentifyingDetails, passesElevenTest } from './pseudonymisation';

const kinds = (text: string) => findIdentifyingDetails(text).map((h) => [h.kind, h.text]);

describe('the eleven test', () => {
  it.each([
    ['111222333', true], // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 77 = 7 × 11
    ['123456782', true], // 9+16+21+24+25+24+21+16 − 2 = 154 = 14 × 11
    ['123456789', false], // 156 − 9 = 147, not a multiple of 11
    ['000000000', false],
    ['12345678', false],
  ])('%s → %s', (digits, ok) => expect(passesElevenTest(digits)).toBe(ok));
});

describe('what identifies people (hits)', () => {
  it.each<[string, string, string[][]]>([
    ['a BSN', 'Haar BSN is 123456782.', [['bsn', '123456782']]],
    ['a BSN with dots', 'BSN 111.222.333 staat in het dossier.', [['bsn', '111.222.333']]],
    ['a BSN with spaces', 'burgerservicenummer 1234 56 782', [['bsn', '1234 56 782']]],
    ['a mobile number', 'Bel haar op 06-12345678 als het niet gaat.', [['phone', '06-12345678']]],
    ['a mobile number without dash', 'nummer 0612345678', [['phone', '0612345678']]],
    ['a mobile number with spaces', 'nummer 06 123 456 78', [['phone', '06 123 456 78']]],
    ['an international number', 'bereikbaar op +31 6 12345678', [['phone', '+31 6 12345678']]],
    ['+31 with (0)', 'bel +31 (0)20 1234567', [['phone', '+31 (0)20 1234567']]],
    ['a landline', 'het kantoor, 020-1234567', [['phone', '020-1234567']]],
    ['a regional landline', 'tel. 043 388 1234', [['phone', '043 388 1234']]],
    ['an e-mail address', 'mail naar j.devries@example.nl graag', [['email', 'j.devries@example.nl']]],
    ['a postcode with a house number', 'woont op 6211 AB 12 sinds kort', [['postcode-address', '6211 AB 12']]],
    ['a postcode without space, with comma', 'adres 6211AB, 3a in het centrum', [['postcode-address', '6211AB, 3a']]],
    ['a street and number', 'zij woont aan de Dorpsstraat 14 bij de kerk', [['postcode-address', 'Dorpsstraat 14']]],
    ['a date of birth by its word', 'geboren op 12-03-2012 in Heerlen', [['date-of-birth', '12-03-2012']]],
    ['a written-out date of birth', 'geb. 3 maart 2010', [['date-of-birth', '3 maart 2010']]],
    ['an old full date', 'op 01/02/1978 kwam hij ter wereld', [['date-of-birth', '01/02/1978']]],
    ['a first and last name', 'Ik sprak gisteren met Jan de Vries over zijn buurman.', [['person-name', 'Jan de Vries']]],
    ['a name at the start of a sentence', 'Fatima El Amrani belde op dinsdag.', [['person-name', 'Fatima El Amrani']]],
    ['a name after an opener', 'Gisteren Kees Jansen gesproken.', [['person-name', 'Kees Jansen']]],
    ['a title and surname', 'Toen kwam mevrouw Bakker binnen.', [['person-name', 'mevrouw Bakker']]],
    ['dhr. with a surname', 'Het gesprek met dhr. Yilmaz liep stroef.', [['person-name', 'dhr. Yilmaz']]],
    ['de heer', 'volgens de heer Van Dam klopte het', [['person-name', 'de heer Van Dam']]],
    ['a name with particles', 'de dochter van Anna van der Berg', [['person-name', 'Anna van der Berg']]],
    ['a name with an apostrophe', 'zij en Sean O’Brien gingen weg', [['person-name', 'Sean O’Brien']]],
    ['oma with a name', 'ze woont bij oma Truus', [['person-name', 'oma Truus']]],
    [
      'several kinds, in order',
      'Mw. Jansen (geboren 02-04-1950, BSN 123456782) belt vaak met 06-98765432.',
      [['person-name', 'Mw. Jansen'], ['date-of-birth', '02-04-1950'], ['bsn', '123456782'], ['phone', '06-98765432']],
    ],
  ])('%s', (_what, text, expected) => expect(kinds(text)).toEqual(expected));
});

describe('what does not identify anyone (non-hits)', () => {
  it.each([
    ['nine digits failing the eleven test', 'Dossiernummer 123456789 is gesloten.'],
    ['an amount', 'De schuld is 12.500 euro en de huur 850 euro.'],
    ['a year and a count', 'In 2023 hadden we 14 huisbezoeken.'],
    ['a recent date of an event', 'Op 14-03-2024 was het gesprek.'],
    ['a sentence opener', 'Gisteren kwam zij te laat.'],
    ['an organisation', 'We belden Veilig Thuis en de Gemeente Maastricht.'],
    ['the neighbourhood team', 'Het Wijkteam Noord nam het over.'],
    ['a role, lower case', 'de cliënt, haar moeder en de huisarts'],
    ['an acronym', 'De GGD en het CJG werkten samen.'],
    ['a single word opening a sentence', 'Niemand wist wat te doen. Moeder zweeg.'],
    ['a time', 'Om 14:30 begon het overleg.'],
    ['a postcode-like code in lower case', 'code 1234 ab is geen postcode'],
    // The rule: two capitalised words or a title; one first name alone is not flagged.
    ['one first name alone', 'Ik zag Mohammed bij de deur.'],
    ['an empty text', ''],
  ])('%s', (_what, text) => expect(kinds(text)).toEqual([]));
});

describe('suggestions', () => {
  it('gives each kind a stand-in and the same name the same one', () => {
    const hits = findIdentifyingDetails('Ik zag Jan de Vries en Piet Bos. Later belde Jan de Vries weer, op 06-12345678.');
    expect(hits.map((h) => h.suggestion)).toEqual(['Persoon A', 'Persoon B', 'Persoon A', '[telefoonnummer]']);
  });
  it('gives positions that cut the hit out of the text', () => {
    const text = 'Mail j@x.nl of bel 0612345678.';
    for (const hit of findIdentifyingDetails(text)) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });
});
