import type { Block } from './document-content';

export type DemoPage = { title: string; author: string; daysAgo: number; blocks: Block[] };

const FAC = 'facilitator@broedplaats.nl';
const PRO = 'professional@broedplaats.nl';
const CIT = 'burger@broedplaats.nl';
const STU = 'student@broedplaats.nl';
const RES = 'onderzoeker@broedplaats.nl';

/** The demo networks' practice pages (by network slug): methods, tools and stories from their practice. */
export const demoPages: Record<string, DemoPage[]> = {
  'flevoland-vroegsignalering-almere': [
    {
      title: 'Werkwijze huisbezoek vroegsignalering', author: PRO, daysAgo: 4,
      blocks: [
        { heading: 'Waarom een huisbezoek?', level: 2 },
        { paragraph: 'Veel zorgen komen pas in beeld als ze groot zijn. Bij een huisbezoek zien we wat een telefoontje niet laat zien: post die ongeopend blijft liggen, een lege koelkast, een bewoner die zich terugtrekt.' },
        { heading: 'Voor het bezoek', level: 2 },
        { bullets: ['Lees wat er al bekend is, maar ga niet met een oordeel naar binnen.', 'Spreek af wie het gesprek leidt als je met z’n tweeën gaat.', 'Neem de signalenkaart mee, niet als vragenlijst maar als geheugensteun.'] },
        { heading: 'Tijdens het bezoek', level: 2 },
        { numbered: ['Begin bij wat de bewoner zelf belangrijk vindt.', 'Vraag door op kleine opmerkingen (“het is even druk”).', 'Benoem wat je ziet, vriendelijk en concreet.', 'Spreek samen een volgende stap af, hoe klein ook.'] },
        { paragraph: ' maak binnen twee dagen een korte notitie en bespreek twijfels in de casusbespreking.', bold: 'Na afloop:' },
      ],
    },
    {
      title: 'Signalenkaart schulden', author: FAC, daysAgo: 3,
      blocks: [
        { paragraph: 'Deze kaart helpt om geldzorgen vroeg te herkennen. Hij is gemaakt met inwoners die zelf schulden hadden en is na de leerkring ingekort.' },
        { heading: 'Signalen in huis', level: 3 },
        { bullets: ['Stapels ongeopende post of aanmaningen', 'Afgesloten of dreigende afsluiting van energie', 'Geen geld voor de eigen bijdrage of het schoolreisje'] },
        { heading: 'Signalen in het gesprek', level: 3 },
        { bullets: ['Schaamte of snel van onderwerp wisselen bij geld', '“Ik regel het zelf wel”', 'Zorgen over werk, gezondheid of een scheiding'] },
        { paragraph: 'Zie je twee of meer signalen? Vraag of je samen naar de post mag kijken en bied een warme overdracht naar de schuldhulp aan.' },
      ],
    },
    {
      title: 'Verhaal: de buurtkamer', author: CIT, daysAgo: 1,
      blocks: [
        { paragraph: 'Elke dinsdagochtend staat de koffie klaar in de buurtkamer aan de Kolk. Er komen ouderen, jonge moeders en soms iemand die net in de wijk woont.' },
        { paragraph: 'Mevrouw De Vries kwam maanden alleen voor de koffie. Pas toen een andere bezoeker vertelde over haar eigen schulden, durfde zij te zeggen dat ze haar huur niet meer kon betalen. Diezelfde week zat ze met de wijkcoach aan tafel.' },
        { heading: 'Wat we ervan leren', level: 2 },
        { bullets: ['Vertrouwen groeit op een plek zonder loket.', 'Inwoners zien vaak eerder dan professionals wat er speelt.', 'Een vast gezicht in de buurtkamer maakt het verschil.'] },
      ],
    },
  ],
  'wsd-utrecht': [
    {
      title: 'Methode: kenniscafé in vijf stappen', author: RES, daysAgo: 6,
      blocks: [
        { paragraph: 'Een kenniscafé brengt onderzoek en praktijk in anderhalf uur samen. Zo pakken we het aan.' },
        { numbered: ['Kies één vraag uit de kennisagenda.', 'Drie korte pitches van tien minuten: onderzoek, praktijk, inwoner.', 'Gesprek aan tafels met een gespreksleider per tafel.', 'Elke tafel oogst één inzicht en één vraag.', 'Zet de oogst binnen een week op één A4.'] },
        { heading: 'Tips', level: 2 },
        { bullets: ['Houd de pitches echt kort.', 'Meng de tafels: niet alle onderzoekers bij elkaar.'] },
      ],
    },
    {
      title: 'Werkbezoek in duo’s: handreiking', author: FAC, daysAgo: 2,
      blocks: [
        { paragraph: 'Bij een werkbezoek loop je een dagdeel mee met een collega uit een andere organisatie. Je kijkt, vraagt en vertelt daarna wat je opviel.' },
        { heading: 'Drie vragen voor het nagesprek', level: 2 },
        { bullets: ['Wat deed mijn collega dat ik zelf anders zou doen?', 'Waar liepen we allebei tegenaan?', 'Wat neem ik mee naar mijn eigen team?'] },
      ],
    },
  ],
  'samen-tegen-eenzaamheid-limburg': [
    {
      title: 'Het goede gesprek over eenzaamheid', author: RES, daysAgo: 5,
      blocks: [
        { paragraph: 'Eenzaamheid is moeilijk bespreekbaar. Deze aanpak komt uit de workshop in de bibliotheek van Heerlen.' },
        { heading: 'Openingsvragen', level: 2 },
        { bullets: ['Met wie heeft u deze week gepraat?', 'Wat mist u het meest van vroeger?', 'Is er iemand bij wie u terecht kunt als het tegenzit?'] },
        { paragraph: ' luister zonder meteen een activiteit aan te bieden; het gesprek zelf is al een begin.', bold: 'Let op:' },
      ],
    },
    {
      title: 'Handreiking voor vrijwilligers (concept)', author: STU, daysAgo: 2,
      blocks: [
        { heading: 'Voor wie', level: 2 },
        { paragraph: 'Voor vrijwilligers die ouderen thuis bezoeken of in het buurthuis ontmoeten.' },
        { heading: 'Wat je kunt doen', level: 2 },
        { bullets: ['Kom terug: een vast bezoek is meer waard dan een groot gebaar.', 'Vraag naar verhalen en foto’s van vroeger.', 'Bespreek zorgen met de coördinator, niet met de buren.'] },
      ],
    },
  ],
};
