import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import type { MeetingDetail } from '@broedplaats/contracts';
import { call, createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { fitsViewport, person } from './support/ui';

/** `YYYY-MM-DDTHH:mm` on an Amsterdam wall clock, as the meetings API takes it. */
const amsterdam = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at).replace(' ', 'T');

/**
 * A browser context whose WebSockets pass through a switch: `cut()` closes them and refuses new ones,
 * and goes offline (network emulation alone may leave an open WebSocket standing); `restore()` undoes both.
 */
async function switchableContext(browser: Browser, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext(options);
  const sockets = new Set<WebSocketRoute>();
  let cut = false;
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return void ws.close({ code: 1001, reason: 'offline' });
    sockets.add(ws);
    ws.connectToServer();
    ws.onClose(() => sockets.delete(ws));
  });
  return {
    context,
    async cut() {
      cut = true;
      await context.setOffline(true);
      await Promise.all([...sockets].map((ws) => ws.close({ code: 1001, reason: 'offline' })));
    },
    async restore() {
      cut = false;
      await context.setOffline(false);
    },
  };
}

// Two people write a practice page together; one loses the connection, keeps typing, reloads the page
// while still offline (the service worker brings the app, the browser's copy brings the text), and
// comes back: both see the same text with both people's writing. Then the minutes of a meeting are
// co-edited from the meeting page and published. Needs the server side of documents (sync engine and
// the routes in libs/contracts/src/documents.routes.ts).
describe('co-edited documents', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const facilitator = person('Fenna Procesbegeleider');
  const pieter = person('Pieter Professional');
  const cookies = { facilitator: '', pieter: '' };
  let networkId = '';
  let fenna: Page;
  let pieterPage: Page;
  let pieterLine: Awaited<ReturnType<typeof switchableContext>>;
  const pageTitle = 'Methode: de keukentafel';

  const check = async (page: Page) => findings.push(...(await seriousViolations(page)));
  const text = (page: Page, title: string) => page.getByRole('textbox', { name: `Tekst: ${title}` });
  const status = (page: Page, label: string) => page.getByRole('status').filter({ hasText: label });
  /** Waits until the page's document text contains every snippet. */
  const shows = async (page: Page, title: string, ...snippets: string[]) => {
    try {
      await page.waitForFunction(
        ({ name, wanted }) => {
          const box = Array.from(document.querySelectorAll('[role="textbox"]')).find((el) => el.getAttribute('aria-label') === name);
          return Boolean(box) && wanted.every((snippet) => box?.textContent?.includes(snippet));
        },
        { name: `Tekst: ${title}`, wanted: snippets },
        { timeout: 20_000 },
      );
    } catch (error) {
      // Say what the page showed instead: the text, or the page when there is no text box.
      const seen = await page.evaluate(() => `${document.querySelector('[role="textbox"]')?.textContent ?? ''} | ${document.body.innerText.slice(0, 400)}`).catch(() => '(page gone)');
      throw new Error(`${page === fenna ? 'Fenna' : 'Pieter'} at ${page.url()} did not show ${JSON.stringify(snippets)}; it showed: ${seen}`, { cause: error });
    }
  };
  /** Types at the end of the document, on a line of its own. */
  const typeAtEnd = async (page: Page, title: string, words: string) => {
    await text(page, title).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(words);
  };

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    cookies.facilitator = await register(api.url, facilitator);
    networkId = (await createNetwork(api.url, cookies.facilitator, { name: 'Leernetwerk Wijkteam Almere', province: 'Flevoland', type: 'learning-network' })).id;
    const { token } = await createInvitation(api.url, cookies.facilitator, networkId, { category: 'professional', reusable: true });
    cookies.pieter = await register(api.url, pieter, token);

    const fennaContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    contexts.push(fennaContext);
    await signInContext(fennaContext, api.url, cookies.facilitator);
    fenna = await fennaContext.newPage();

    // Pieter is on a phone, on a shaky connection.
    pieterLine = await switchableContext(browser, { viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
    contexts.push(pieterLine.context);
    await signInContext(pieterLine.context, api.url, cookies.pieter);
    pieterPage = await pieterLine.context.newPage();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it('invites the first page on an empty Praktijk tab and opens it after creating', async () => {
    await fenna.goto(`${api.url}/networks/${networkId}/praktijk`);
    await fenna.getByRole('heading', { name: "Nog geen pagina's" }).waitFor();
    await check(fenna);
    await fenna.getByRole('button', { name: 'Nieuwe pagina' }).click();
    await fenna.getByRole('textbox', { name: 'Titel van de pagina' }).fill(pageTitle);
    await fenna.getByRole('button', { name: 'Pagina maken' }).click();
    await fenna.getByRole('heading', { name: pageTitle, level: 1 }).waitFor();
    await text(fenna, pageTitle).waitFor();
    await status(fenna, 'Opgeslagen').waitFor({ timeout: 15_000 });
    await typeAtEnd(fenna, pageTitle, 'Aan de keukentafel vraag je eerst wat goed gaat.');
    await status(fenna, 'Opgeslagen').waitFor({ timeout: 15_000 });
    await check(fenna);
  });

  it('shows each editor the other one’s writing, name and cursor', async () => {
    await pieterPage.goto(`${api.url}/networks/${networkId}/praktijk`);
    await pieterPage.getByRole('list', { name: "Praktijkpagina's" }).getByRole('link', { name: pageTitle }).click();
    await shows(pieterPage, pageTitle, 'Aan de keukentafel vraag je eerst wat goed gaat.');
    expect(await fitsViewport(pieterPage)).toBe(true);
    await check(pieterPage);

    await typeAtEnd(pieterPage, pageTitle, 'Pieter: werkt ook bij jongeren.');
    await shows(fenna, pageTitle, 'Pieter: werkt ook bij jongeren.');
    await fenna.getByRole('list', { name: 'Nu in dit document' }).getByRole('img', { name: pieter.name }).waitFor();
    await fenna.locator('.collaboration-carets__label', { hasText: pieter.name }).waitFor();
    await pieterPage.getByRole('list', { name: 'Nu in dit document' }).getByRole('img', { name: facilitator.name }).waitFor();
  });

  it('keeps writing offline, through a reload, and merges when the connection is back', async () => {
    // The app shell must be in the service worker before the connection goes.
    await pieterPage.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

    await pieterLine.cut();
    await status(pieterPage, 'Offline – je wijzigingen worden bewaard').waitFor({ timeout: 10_000 });
    await typeAtEnd(pieterPage, pageTitle, 'Offline geschreven in het buurthuis.');
    await typeAtEnd(fenna, pageTitle, 'Fenna schreef verder terwijl Pieter weg was.');
    await status(fenna, 'Opgeslagen').waitFor({ timeout: 15_000 });

    // A reload with no network at all: the shell comes from the service worker, the text from IndexedDB.
    await pieterPage.reload();
    await shows(pieterPage, pageTitle, 'Offline geschreven in het buurthuis.');
    await status(pieterPage, 'Offline – je wijzigingen worden bewaard').waitFor();
    await typeAtEnd(pieterPage, pageTitle, 'En nog een zin na het herladen.');
    expect(await fenna.getByText('Offline geschreven in het buurthuis.').count()).toBe(0);

    await pieterLine.restore();
    const everything = [
      'Aan de keukentafel vraag je eerst wat goed gaat.',
      'Pieter: werkt ook bij jongeren.',
      'Offline geschreven in het buurthuis.',
      'En nog een zin na het herladen.',
      'Fenna schreef verder terwijl Pieter weg was.',
    ];
    await shows(pieterPage, pageTitle, ...everything);
    await shows(fenna, pageTitle, ...everything);
    await status(pieterPage, 'Opgeslagen').waitFor({ timeout: 20_000 });
    // The words, without the other person's cursor label that sits inside the text.
    const words = (page: Page) => text(page, pageTitle).evaluate((box) => {
      const copy = box.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent;
    });
    const [mine, theirs] = await Promise.all([words(pieterPage), words(fenna)]);
    expect(mine).toBe(theirs);
    await check(pieterPage);
  });

  it('lets the facilitator reorder pages by keyboard, and delete one after a question that starts on Annuleren', async () => {
    await call(`${api.url}/api/networks/${networkId}/practice-pages`, 'POST', { title: 'Verhaal: de buurtmoeder' }, cookies.pieter);
    await fenna.goto(`${api.url}/networks/${networkId}/praktijk`);
    const list = fenna.getByRole('list', { name: "Praktijkpagina's" });
    await list.getByRole('link', { name: 'Verhaal: de buurtmoeder' }).waitFor();
    await fenna.getByRole('button', { name: 'Omhoog: Verhaal: de buurtmoeder' }).focus();
    await fenna.keyboard.press('Enter');
    await fenna.getByText('Verhaal: de buurtmoeder staat nu op plaats 1.').waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual(['Verhaal: de buurtmoeder', pageTitle]);

    await pieterPage.goto(`${api.url}/networks/${networkId}/praktijk`);
    await pieterPage.getByRole('list', { name: "Praktijkpagina's" }).getByRole('link', { name: 'Verhaal: de buurtmoeder' }).click();
    await text(pieterPage, 'Verhaal: de buurtmoeder').waitFor();

    await list.getByRole('link', { name: 'Verhaal: de buurtmoeder' }).click();
    await fenna.getByRole('button', { name: 'Pagina verwijderen' }).click();
    const dialog = fenna.getByRole('dialog', { name: 'Pagina verwijderen' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await check(fenna);
    await dialog.getByRole('button', { name: 'Pagina verwijderen' }).click();
    await fenna.getByRole('heading', { name: 'Praktijk', level: 2 }).waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual([pageTitle]);
    // Pieter had it open: the server closed it for him.
    await pieterPage.getByText('Dit document is verwijderd.').waitFor({ timeout: 10_000 });
  });

  it('co-edits the minutes from the meeting page and shows members the published minutes first', async () => {
    const start = new Date(Date.now() - 60 * 60_000);
    const meeting = (
      await call<MeetingDetail>(
        `${api.url}/api/networks/${networkId}/meetings`,
        'POST',
        { title: 'Leerkring keukentafel', type: 'learning-circle', start: amsterdam(start), end: amsterdam(new Date(start.getTime() + 30 * 60_000)) },
        cookies.facilitator,
      )
    ).json;
    const url = `${api.url}/networks/${networkId}/bijeenkomsten/${meeting.id}`;
    await Promise.all([fenna.goto(url), pieterPage.goto(url)]);
    const minutes = (page: Page) => page.getByRole('region', { name: 'Verslag' });
    await text(fenna, 'Verslag').waitFor();
    await typeAtEnd(fenna, 'Verslag', 'Besluit: we proberen de keukentafel in april.');
    await shows(pieterPage, 'Verslag', 'Besluit: we proberen de keukentafel in april.');
    await typeAtEnd(pieterPage, 'Verslag', 'Pieter vult aan: ook met de wijkverpleging.');
    await shows(fenna, 'Verslag', 'Pieter vult aan: ook met de wijkverpleging.');
    await status(fenna, 'Opgeslagen').waitFor({ timeout: 15_000 });
    await check(fenna);

    await minutes(fenna).getByRole('button', { name: 'Publiceren' }).click();
    await fenna.getByRole('dialog', { name: 'Publiceren' }).getByRole('button', { name: 'Publiceren' }).click();
    await minutes(fenna).getByText(/Vastgesteld verslag, gepubliceerd op/).waitFor();

    await pieterPage.reload();
    await minutes(pieterPage).getByText(/Vastgesteld verslag, gepubliceerd op/).waitFor();
    await shows(pieterPage, 'Verslag', 'Pieter vult aan: ook met de wijkverpleging.');
    // First on the page for members, before the agenda; read-only, so no formatting buttons.
    const minutesFirst = await pieterPage.evaluate(() => {
      const regions = Array.from(document.querySelectorAll('section[aria-labelledby]')).map((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent);
      return regions.indexOf('Verslag') < regions.indexOf('Agenda');
    });
    expect(minutesFirst).toBe(true);
    expect(await minutes(pieterPage).getByRole('toolbar').count()).toBe(0);
    await check(pieterPage);
  });

  it('found no serious accessibility problems', () => {
    expect(findings).toEqual([]);
  });
});
