import type { PseudonymHit, PseudonymKind } from '@broedplaats/contracts';

/**
 * The pseudonymisation nudge: what in a case text may identify a person, each with a suggested
 * replacement. It never changes the text: the case owner decides. The same function runs in the
 * browser before saving and on the server after, so both show the same hits.
 */

/** The elfproef: 9 digits, 9×d1 + 8×d2 + … + 2×d8 − 1×d9 divisible by 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

type Found = Omit<PseudonymHit, 'suggestion'>;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** 9 digits, optionally grouped by dots, spaces or dashes (123.456.782, 1234 56 782). */
const BSN = /(?<![\d+])\d(?:[ .-]?\d){8}(?![\d])/g;
/** Mobile and landline: 0 or +31 / 0031, an optional (0), then nine digits with optional separators. */
const PHONE = /(?<![\w+])(?:\+31|0031|0)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}(?!\d)/g;
/** A Dutch postcode (no SA, SD, SS) with the house number after it when there is one. */
const POSTCODE = /(?<!\d)[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z])(?:,? ?(?:nr\.? ?)?\d{1,5}(?: ?[a-zA-Z](?![a-zA-Z]))?)?/g;
/** A street with a house number (Dorpsstraat 12, Van Goghlaan 3a). */
const STREET = /\b[A-Z][a-zà-ÿ]*(?:straat|laan|weg|plein|gracht|singel|kade|dijk|pad|hof|dreef|steeg|markt|park|ring|baan)\s+\d{1,5}(?:\s?[a-z](?![a-z]))?\b/g;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE = new RegExp(`\\b(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2} (?:${MONTHS})\\.? (?:19|20)\\d{2})\\b`, 'gi');
/** Words before a date that make it a date of birth. */
const BIRTH = /(?:geboren|geb\.|geboortedatum|geboorte|born|date of birth|dob)\W{0,3}(?:op\W{0,2})?$/i;
/** A full date this long ago is more likely a birth date than an event in a case. */
const OLD_YEAR = 2005;

const TITLES = 'mevrouw|mevr\\.?|mw\\.?|meneer|mijnheer|de heer|dhr\\.?|hr\\.?|mr\\.?|dr\\.?|drs\\.?|ir\\.?|juffrouw|juf|meester|zuster|oma|opa|tante|oom|mrs\\.?|mr|ms\\.?';
/** A capitalised word: Bakker, El-Amrani, O’Brien (not GGD: acronyms are organisations). */
const CAP = "(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*";
const PARTICLE = "(?:van|de|der|den|het|ter|ten|te|in 't|'t|la|le|el|al|bin|von|du|da|dos|di)";
/** Titles as written mid-sentence or opening one (mevrouw, Mevrouw). */
const TITLE_ANY = TITLES.split('|').map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join('|');
const TITLED = new RegExp(`(?<![\\p{L}])(?:${TITLE_ANY})\\s+(?:${PARTICLE}\\s+)*${CAP}(?:[ -]${CAP})?`, 'gu');
const RUN = new RegExp(`(?<![\\p{L}])${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP})+`, 'gu');
/** Capitalised words that make a run an organisation, a place word or a sentence opener rather than a person. */
const NOT_A_PERSON = new Set(
  ('De Het Een Ik Jij Je Hij Zij Ze We Wij Jullie Mijn Zijn Haar Onze Hun Dit Dat Deze Die Er Daar Toen Daarna Dan Nu Ook Maar En Of Want Omdat Als Bij In Op Na Voor Met Van Naar Om Over ' +
    'Uit Tijdens Sinds Vanaf Gisteren Vandaag Morgen Soms Vaak Altijd Nooit Wat Wie Waar Waarom Hoe Welke Graag Volgens Samen Eerst Later Dus Toch Wel Niet Geen Alle Iedereen Niemand ' +
    'Stichting Gemeente Wijkteam Wijkteams Hogeschool Universiteit Jeugdzorg Veilig Thuis GGD Zorggroep Movisie Nederland Limburg Utrecht Amsterdam Rotterdam Den Haag Zuyd ' +
    'Werkplaats Sociaal Domein Leger Heils Humanitas Buurtteam Sociale Dienst Centrum Jeugd Gezin Huisarts Ziekenhuis School Kerk Moskee Wmo Participatiewet Jeugdwet Kinderbescherming Raad ' +
    'Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'The A An I We He She They It This That In On At After Before When January February March April May June July August September October November December').split(/\s+/),
);

const SUGGEST: Record<Exclude<PseudonymKind, 'person-name'>, string> = {
  bsn: '[BSN]',
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
  'postcode-address': '[adres]',
  'date-of-birth': '[leeftijd]',
};

function all(text: string, re: RegExp, kind: PseudonymKind, keep: (m: RegExpExecArray) => boolean = () => true): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(re)) if (keep(m)) out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a word at `index` opens a sentence (start of text, after . ! ? : or a line break, with quotes between). */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/["'‘“(\s]+$/, '');
  return before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(0, index));
}

function names(text: string): Found[] {
  const titled = all(text, TITLED, 'person-name');
  const runs = all(text, RUN, 'person-name').flatMap((hit): Found[] => {
    const words = hit.text.split(/\s+/);
    const caps = words.filter((w) => /^\p{Lu}/u.test(w));
    if (caps.some((w) => NOT_A_PERSON.has(w))) {
      // "Gisteren Jan de Vries": drop an opener, judge the rest.
      const first = words[0]!;
      if (!NOT_A_PERSON.has(first) || caps.slice(1).some((w) => NOT_A_PERSON.has(w))) return [];
      const rest = hit.text.slice(first.length).replace(/^\s+/, '');
      const start = hit.end - rest.length;
      const restCaps = rest.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      return restCaps.length >= 2 ? [{ kind: 'person-name', text: rest, start, end: hit.end }] : [];
    }
    return caps.length >= 2 || !opensSentence(text, hit.start) ? [hit] : [];
  });
  return [...titled, ...runs];
}

/** Every hit, in text order, overlaps resolved in favour of the earlier-listed kind. */
export function findIdentifyingDetails(text: string): PseudonymHit[] {
  const found: Found[] = [
    ...all(text, EMAIL, 'email'),
    ...all(text, PHONE, 'phone'),
    ...all(text, BSN, 'bsn', (m) => passesElevenTest(m[0].replace(/\D/g, ''))),
    ...all(text, POSTCODE, 'postcode-address'),
    ...all(text, STREET, 'postcode-address'),
    ...all(text, DATE, 'date-of-birth', (m) => BIRTH.test(text.slice(Math.max(0, m.index - 30), m.index)) || Number(m[0].slice(-4)) < OLD_YEAR),
    ...names(text),
  ];
  const kept: Found[] = [];
  for (const hit of found) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);
  // The same name gets the same stand-in everywhere: Persoon A, Persoon B, ...
  const stand = new Map<string, string>();
  return kept.map((hit) => {
    if (hit.kind !== 'person-name') return { ...hit, suggestion: SUGGEST[hit.kind] };
    const key = hit.text.toLowerCase();
    if (!stand.has(key)) stand.set(key, `Persoon ${String.fromCharCode(65 + (stand.size % 26))}`);
    return { ...hit, suggestion: stand.get(key)! };
  });
}
