import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { choose, fillRegistration, fitsViewport, person } from './support/ui';

// The first journey of DOMAIN.md: a facilitator starts a network and invites a citizen, who joins from
// the link; the facilitator's open page shows the newcomer live; the citizen switches to English.
describe('joining a learning network from an invitation', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const facilitator = person('Fenna Procesbegeleider');
  const citizen = person('Bert Ervaringsdeskundige');
  let facilitatorPage: Page;
  let networkUrl = '';

  let pagesChecked = 0;
  const check = async (page: Page) => {
    findings.push(...(await seriousViolations(page)));
    pagesChecked++;
  };
  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    contexts.push(context);
    return context.newPage();
  };
  const issuedLinks: string[] = [];
  const createInvitation = async (category: string) => {
    await facilitatorPage.getByRole('tab', { name: 'Uitnodigen' }).click();
    const form = facilitatorPage.getByRole('form', { name: 'Nieuwe uitnodiging' });
    await choose(facilitatorPage, 'Wie nodig je uit?', category, form);
    await form.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const shown = facilitatorPage.getByTestId('new-invite-link');
    // A second invitation replaces the link shown for the first: wait until it is a new one.
    await facilitatorPage.waitForFunction(
      (previous) => {
        const text = document.querySelector('[data-testid="new-invite-link"]')?.textContent?.trim();
        return !!text && !previous.includes(text);
      },
      issuedLinks,
    );
    const link = (await shown.textContent())?.trim() ?? '';
    issuedLinks.push(link);
    return link;
  };

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it('lets a facilitator sign up, start a network and make an invitation link', async () => {
    facilitatorPage = await newPage();
    await facilitatorPage.goto(`${api.url}/register`);
    await check(facilitatorPage);
    await fillRegistration(facilitatorPage, facilitator);
    // Signing in lands on "Voor mij"; the networks are one click away in the top bar.
    await facilitatorPage.getByRole('heading', { name: 'Voor mij', level: 1 }).waitFor();
    await facilitatorPage.getByText('Er is niets nieuws voor jou. Fijn!').waitFor();
    await check(facilitatorPage);
    await facilitatorPage.getByRole('navigation').getByRole('link', { name: 'Mijn netwerken' }).click();
    await facilitatorPage.getByRole('heading', { name: 'Mijn netwerken' }).waitFor();
    await check(facilitatorPage);
    // The open account menu, too (a divider in it once broke the menu's structure for screen readers).
    await facilitatorPage.getByRole('button', { name: new RegExp(facilitator.name) }).click();
    await facilitatorPage.getByRole('menu').waitFor();
    await check(facilitatorPage);
    await facilitatorPage.keyboard.press('Escape');

    await facilitatorPage.getByRole('link', { name: 'Nieuw netwerk' }).click();
    await facilitatorPage.getByLabel('Naam van het netwerk').fill('Leernetwerk Vroegsignalering Almere');
    await choose(facilitatorPage, 'Provincie', 'Flevoland');
    await choose(facilitatorPage, 'Soort netwerk', 'Leernetwerk');
    await check(facilitatorPage);
    await facilitatorPage.getByRole('button', { name: 'Netwerk maken' }).click();
    await facilitatorPage.getByRole('heading', { name: 'Leernetwerk Vroegsignalering Almere' }).waitFor();
    networkUrl = facilitatorPage.url();
    expect(networkUrl).toMatch(/\/networks\/[0-9a-f-]{36}$/);

    const link = await createInvitation('Inwoner of ervaringsdeskundige');
    expect(facilitatorPage.url()).toBe(`${networkUrl}/uitnodigen`);
    expect(link).toMatch(new RegExp(`^${api.url}/join/\\S+$`));
    await check(facilitatorPage);
    citizenLink = link;
  });

  let citizenLink = '';

  it('lets a citizen open the link, register and join in one step', async () => {
    const page = await newPage();
    await page.goto(citizenLink);
    await page.getByText('Fenna Procesbegeleider nodigt je uit').waitFor();
    await check(page);
    await fillRegistration(page, citizen);
    await page.waitForURL(networkUrl);
    await page.getByRole('heading', { name: 'Leernetwerk Vroegsignalering Almere' }).waitFor();
    await check(page);
    citizenPage = page;
  });

  let citizenPage: Page;

  it("shows the new member and their presence on the facilitator's open page without reload", async () => {
    // Tabs change the address, not the page: still the one document loaded at the start.
    await facilitatorPage.getByRole('tab', { name: 'Overzicht' }).click();
    const online = facilitatorPage.getByRole('list', { name: 'Wie is er nu online' });
    await online.getByText(citizen.name).waitFor({ timeout: 10_000 });
    await facilitatorPage.getByRole('tab', { name: 'Leden' }).click();
    const members = facilitatorPage.getByRole('region', { name: /^Leden/ });
    await members.getByText(citizen.name, { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await facilitatorPage.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(facilitatorPage.url()).toBe(`${networkUrl}/leden`);
  });

  it('turns the page English when the citizen switches language', async () => {
    await citizenPage.getByRole('button', { name: 'English' }).click();
    await citizenPage.getByRole('heading', { name: 'Online now' }).waitFor();
    expect(await citizenPage.getAttribute('html', 'lang')).toBe('en');
    await check(citizenPage);
  });

  it('works on a 360 px wide phone', async () => {
    const link = await createInvitation('Student');
    const phone = await newPage({ width: 360, height: 740 });
    await phone.goto(link);
    await phone.getByText('Fenna Procesbegeleider nodigt je uit').waitFor();
    expect(await fitsViewport(phone)).toBe(true);
    await check(phone);
    await fillRegistration(phone, person('Sanne Student'));
    await phone.waitForURL(networkUrl);
    await phone.getByRole('heading', { name: 'Leernetwerk Vroegsignalering Almere' }).waitFor();
    expect(await fitsViewport(phone)).toBe(true);
    await check(phone);
  });

  it('finds no serious or critical accessibility problem on any page visited', () => {
    expect(pagesChecked).toBeGreaterThanOrEqual(9);
    expect(findings).toEqual([]);
  });
});
