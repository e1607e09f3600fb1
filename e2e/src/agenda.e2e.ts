import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { fillRegistration, fitsViewport, person } from './support/ui';

// The agenda journey of issue 8: a citizen joins from an invitation on a phone and puts a question on
// the shared agenda in three steps; the facilitator's open agenda shows it live; a professional
// supports it and the count changes live for both.
describe('putting a question on the shared agenda', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  let pagesChecked = 0;
  const check = async (page: Page) => {
    findings.push(...(await seriousViolations(page)));
    pagesChecked++;
  };
  const newPage = async (viewport = { width: 1280, height: 900 }, cookie?: string) => {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    contexts.push(context);
    if (cookie) await signInContext(context, api.url, cookie);
    return context.newPage();
  };

  const networkName = 'Leernetwerk Vroegsignalering Almere';
  const title = 'Hoe zien we eerder dat een gezin geldzorgen heeft?';
  let networkId = '';
  let citizenLink = '';
  let professionalCookie = '';
  let facilitatorPage: Page;
  let citizenPage: Page;
  let professionalPage: Page;

  /** A mark on the loaded document: still there later means nobody reloaded the page. */
  const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { agendaJourneyMark: true }));
  const sameDocument = (page: Page) => page.evaluate(() => 'agendaJourneyMark' in window);
  /** The question's card on an agenda page, and the support button inside it. */
  const card = (page: Page) => page.getByRole('listitem').filter({ hasText: title });
  const supportButton = (page: Page) => card(page).getByRole('button', { name: /^Steun/ });

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    const facilitatorCookie = await register(api.url, person('Fenna Procesbegeleider'));
    networkId = (await createNetwork(api.url, facilitatorCookie, { name: networkName, province: 'Flevoland', type: 'learning-network', visibility: 'members' })).id;
    citizenLink = `${api.url}/join/${(await createInvitation(api.url, facilitatorCookie, networkId, { category: 'citizen' })).token}`;
    const { token } = await createInvitation(api.url, facilitatorCookie, networkId, { category: 'professional' });
    professionalCookie = await register(api.url, person('Pieter Wijkwerker'), token);
    facilitatorPage = await newPage(undefined, facilitatorCookie);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it("has the facilitator's agenda open, still empty", async () => {
    await facilitatorPage.goto(`${api.url}/networks/${networkId}/kennisagenda`);
    await facilitatorPage.getByText('Nog geen vragen. Stel de eerste!').waitFor();
    await markDocument(facilitatorPage);
    await check(facilitatorPage);
  });

  it('lets a citizen join on a 360 px phone and propose a question in three steps', async () => {
    citizenPage = await newPage({ width: 360, height: 740 });
    await citizenPage.goto(citizenLink);
    await citizenPage.getByText('Fenna Procesbegeleider nodigt je uit').waitFor();
    await check(citizenPage);
    await fillRegistration(citizenPage, person('Bea Ervaringsdeskundige'));
    await citizenPage.waitForURL(`${api.url}/networks/${networkId}`);
    await citizenPage.getByRole('heading', { name: networkName }).waitFor();
    expect(await fitsViewport(citizenPage)).toBe(true);
    await check(citizenPage);

    // 1: the agenda tab.
    await citizenPage.getByRole('tab', { name: 'Kennisagenda' }).click();
    await citizenPage.getByRole('heading', { name: 'Kennisagenda' }).waitFor();
    await check(citizenPage);
    // 2: "add a question".
    await citizenPage.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await citizenPage.getByLabel('Je vraag').fill(title);
    await citizenPage.getByLabel('Wat speelt er?').fill('Vaak horen we pas van schulden als de huur al maanden niet betaald is.');
    expect(await fitsViewport(citizenPage)).toBe(true);
    await check(citizenPage);
    // 3: place it.
    await citizenPage.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await card(citizenPage).waitFor();
    await markDocument(citizenPage);
    expect(await fitsViewport(citizenPage)).toBe(true);
    await check(citizenPage);
  });

  it("shows the new question on the facilitator's open agenda without reload", async () => {
    await card(facilitatorPage).waitFor({ timeout: 10_000 });
    await card(facilitatorPage).getByText('Voorgesteld').waitFor();
    expect(await sameDocument(facilitatorPage)).toBe(true);
    await check(facilitatorPage);
  });

  it('changes the support count live for the citizen and the facilitator when a professional supports it', async () => {
    professionalPage = await newPage(undefined, professionalCookie);
    await professionalPage.goto(`${api.url}/networks/${networkId}/kennisagenda`);
    await supportButton(professionalPage).waitFor();
    expect(await supportButton(professionalPage).getAttribute('aria-pressed')).toBe('false');
    await check(professionalPage);
    await supportButton(professionalPage).click();
    await professionalPage.waitForFunction(
      (t) => Array.from(document.querySelectorAll('li')).find((li) => li.textContent?.includes(t))?.querySelector('button[aria-pressed="true"]'),
      title,
    );
    for (const page of [professionalPage, facilitatorPage, citizenPage]) {
      await supportButton(page).filter({ hasText: /^1$/ }).waitFor({ timeout: 10_000 });
      await card(page).getByRole('button', { name: 'Steun: 1 steunt dit' }).or(card(page).getByRole('button', { name: 'Steun intrekken: 1 steunt dit' })).waitFor();
    }
    // Nobody reloaded: the citizen's and the facilitator's documents are the ones they opened.
    for (const page of [facilitatorPage, citizenPage]) expect(await sameDocument(page)).toBe(true);
    await check(facilitatorPage);
  });

  it('finds no serious or critical accessibility problem on any page visited', () => {
    expect(pagesChecked).toBeGreaterThanOrEqual(8);
    expect(findings).toEqual([]);
  });
});
