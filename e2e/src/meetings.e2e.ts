import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Question } from '@broedplaats/contracts';
import { call, createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { choose, fitsViewport, person } from './support/ui';

/** `YYYY-MM-DDTHH:mm` on an Amsterdam wall clock, as a datetime-local field takes it. */
const amsterdam = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at).replace(' ', 'T');

// A facilitator plans a learning circle on a question from the agenda, two members answer, and the
// meeting runs live: every screen follows the current item and counts down to the same server
// deadline. A decision and an action come out of it; the assignee ticks the action off on the start
// page, and the personal calendar feed downloads and parses.
describe('a meeting, from planning to live to the calendar feed', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const facilitator = person('Fenna Procesbegeleider');
  const mira = person('Mira Inwoner');
  const kees = person('Kees Wijkverpleegkundige');
  const title = 'Leerkring eenzaamheid';
  let networkId = '';
  let question: Question;
  const cookies = { facilitator: '', mira: '', kees: '' };
  const pages = {} as Record<'facilitator' | 'mira' | 'kees', Page>;
  let meetingUrl = '';

  const open = async (cookie: string, width: number): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    await signInContext(context, api.url, cookie);
    return context.newPage();
  };
  const check = async (page: Page) => findings.push(...(await seriousViolations(page)));
  const current = (page: Page) => page.getByRole('region', { name: 'Live' }).getByTestId('live-current');
  const deadline = (page: Page) => page.getByRole('timer').getAttribute('data-ends-at');

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    cookies.facilitator = await register(api.url, facilitator);
    networkId = (await createNetwork(api.url, cookies.facilitator, { name: 'Leernetwerk Eenzaamheid Almere', province: 'Flevoland', type: 'learning-network' })).id;
    const { token } = await createInvitation(api.url, cookies.facilitator, networkId, { category: 'citizen', reusable: true });
    cookies.mira = await register(api.url, mira, token);
    cookies.kees = await register(api.url, kees, token);
    question = (await call<Question>(`${api.url}/api/networks/${networkId}/questions`, 'POST', { title: 'Hoe bereiken we eenzame ouderen?', situation: 'Wijkteams zien ze te laat.' }, cookies.mira)).json;
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it('lets the facilitator plan a meeting and put the question on its agenda', async () => {
    const page = (pages.facilitator = await open(cookies.facilitator, 1280));
    await page.goto(`${api.url}/networks/${networkId}/bijeenkomsten`);
    await page.getByText('Er staan nog geen bijeenkomsten gepland.').waitFor();
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe bijeenkomst' });
    await form.getByRole('textbox', { name: 'Titel' }).fill(title);
    const start = new Date(Date.now() + 5 * 60_000);
    await form.getByLabel('Begin').fill(amsterdam(start));
    await form.getByLabel('Einde').fill(amsterdam(new Date(start.getTime() + 2 * 3600_000)));
    await form.getByRole('textbox', { name: 'Plaats (adres)' }).fill('Buurthuis De Kolk, Almere');
    await check(page);
    await form.getByRole('button', { name: 'Plannen' }).click();
    await page.getByRole('list', { name: 'Komend' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    meetingUrl = page.url();

    const items = page.getByRole('region', { name: 'Agenda' });
    await items.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await items.getByRole('textbox', { name: 'Onderwerp' }).fill('Casus: eenzame ouderen');
    await items.getByRole('textbox', { name: 'Tijd in minuten' }).fill('20');
    await choose(page, 'Hoort bij kennisvraag', question.title, items);
    await items.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await items.getByRole('list', { name: 'Agenda' }).getByText('Casus: eenzame ouderen').waitFor();
    await items.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await items.getByRole('textbox', { name: 'Onderwerp' }).fill('Afspraken');
    await items.getByRole('textbox', { name: 'Tijd in minuten' }).fill('10');
    await items.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await items.getByRole('list', { name: 'Agenda' }).getByText('Afspraken').waitFor();
    await items.getByRole('link', { name: question.title }).waitFor();
    await check(page);
  });

  it('lets two members answer, one of them on a 360 px phone', async () => {
    pages.mira = await open(cookies.mira, 360);
    pages.kees = await open(cookies.kees, 1024);
    for (const [who, page, note] of [[mira, pages.mira, 'Ik neem mijn buurvrouw mee'], [kees, pages.kees, '']] as const) {
      await page.goto(meetingUrl);
      const rsvp = page.getByRole('region', { name: 'Kom je?' });
      await rsvp.getByRole('radio', { name: 'Ik kom', exact: true }).check();
      if (note) await rsvp.getByRole('textbox', { name: /Opmerking/ }).fill(note);
      await rsvp.getByRole('button', { name: 'Antwoord opslaan' }).click();
      await rsvp.getByRole('list', { name: 'Wie komt er' }).getByText(`${who.name}: Ik kom`).waitFor();
    }
    expect(await fitsViewport(pages.mira)).toBe(true);
    await check(pages.mira);
    // The facilitator's open page hears of the answers without a reload.
    await pages.facilitator.getByRole('list', { name: 'Wie komt er' }).getByText(`${kees.name}: Ik kom`).waitFor();
  });

  it('runs the meeting live: both members follow the current item and count down to the same server deadline', async () => {
    const live = pages.facilitator.getByRole('region', { name: 'Live' });
    // Everyone with the page open shows as watching.
    for (const who of [mira, kees]) await live.getByRole('group', { name: 'Kijkt mee' }).getByText(who.name).waitFor();
    await live.getByRole('button', { name: 'Live starten' }).click();
    for (const page of [pages.facilitator, pages.mira, pages.kees]) await current(page).filter({ hasText: 'Casus: eenzame ouderen' }).waitFor();
    const first = await deadline(pages.facilitator);
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await deadline(pages.mira)).toBe(first);
    expect(await deadline(pages.kees)).toBe(first);

    await live.getByRole('button', { name: 'Volgende punt' }).click();
    for (const page of [pages.facilitator, pages.mira, pages.kees]) await current(page).filter({ hasText: 'Afspraken' }).waitFor();
    const second = await deadline(pages.mira);
    expect(second).not.toBe(first);
    expect(await deadline(pages.kees)).toBe(second);
    expect(await deadline(pages.facilitator)).toBe(second);

    // Mira checks herself in from her phone.
    await pages.mira.getByRole('button', { name: 'Ik ben er' }).click();
    await pages.mira.getByText('Je bent aangemeld als aanwezig.').waitFor();
    expect(await fitsViewport(pages.mira)).toBe(true);
    await check(pages.mira);

    // The projector in the room shows the same item and deadline, without controls.
    const beamer = await open(cookies.facilitator, 1280);
    await beamer.goto(`${meetingUrl}/beamer`);
    await beamer.getByTestId('live-current').filter({ hasText: 'Afspraken' }).waitFor();
    expect(await beamer.getByRole('timer').getAttribute('data-ends-at')).toBe(second);
    expect(await beamer.getByRole('main').getByRole('button').count()).toBe(0);
    await check(beamer);
  });

  it('records a decision and an action item that the members see', async () => {
    const page = pages.facilitator;
    const decisions = page.getByRole('region', { name: 'Besluiten' });
    await decisions.getByRole('textbox', { name: 'Besluit' }).fill('We starten een belronde bij 75-plussers.');
    await decisions.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decisions.getByRole('list', { name: 'Besluiten' }).getByText('We starten een belronde bij 75-plussers.').waitFor();
    const actions = page.getByRole('region', { name: 'Acties' });
    await actions.getByRole('textbox', { name: 'Actie' }).fill('Bel de huisartsenpraktijk');
    await choose(page, 'Wie doet het', mira.name, actions);
    await actions.getByLabel('Klaar op').fill('2099-12-15');
    await actions.getByRole('button', { name: 'Actie vastleggen' }).click();
    await actions.getByRole('list', { name: 'Acties' }).getByText('Bel de huisartsenpraktijk').waitFor();
    await check(page);
    await pages.kees.getByRole('list', { name: 'Besluiten' }).getByText('We starten een belronde bij 75-plussers.').waitFor();
    await pages.kees.getByRole('list', { name: 'Acties' }).getByText('Bel de huisartsenpraktijk').waitFor();
    await page.getByRole('region', { name: 'Live' }).getByRole('button', { name: 'Live stoppen' }).click();
    await pages.mira.getByText('Live is afgelopen.').waitFor();
  });

  it('shows the assignee the action on her start page, where she ticks it off', async () => {
    const page = pages.mira;
    await page.goto(`${api.url}/voor-mij`);
    const home = page.getByRole('region', { name: 'Mijn bijeenkomsten en acties' });
    await home.getByRole('list', { name: 'Mijn komende bijeenkomsten' }).getByRole('link', { name: title }).waitFor();
    const mine = home.getByRole('list', { name: 'Mijn open acties' });
    await mine.getByText('Bel de huisartsenpraktijk').waitFor();
    await check(page);
    await mine.getByRole('button', { name: 'Klaar: Bel de huisartsenpraktijk' }).click();
    await home.getByText('Geen open acties.').waitFor();
    expect(await fitsViewport(page)).toBe(true);
    // The facilitator's page shows it done.
    await pages.facilitator.getByRole('region', { name: 'Acties' }).getByText('Gedaan').waitFor();
  });

  it('shows the meeting on the question it discussed', async () => {
    const page = await open(cookies.kees, 1024);
    await page.goto(`${api.url}/networks/${networkId}/kennisagenda?vraag=${question.id}`);
    await page.getByRole('region', { name: 'Besproken in' }).getByRole('link', { name: title }).waitFor();
    await check(page);
  });

  it('gives a personal calendar feed that downloads and parses', async () => {
    const page = pages.mira;
    await page.goto(`${api.url}/profile`);
    const panel = page.getByRole('region', { name: 'Agenda-koppeling' });
    await panel.getByText('Je hebt nog geen agenda-koppeling.').waitFor();
    await panel.getByRole('button', { name: 'Koppeling maken' }).click();
    const url = await panel.getByRole('textbox', { name: 'Adres van je agenda-koppeling' }).inputValue();
    expect(url).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{20,}$/);
    await check(page);
    // A calendar app fetches it without any cookie.
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, api.url));
    expect(res.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary).join(' ')).toContain(title);
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
