import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createNetwork, logIn, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// A platform admin blocks someone on /beheer while that person has Broedplaats open elsewhere: their
// open page signs out at once, without a reload, and says why; logging in again does not work.
describe('a platform admin blocking someone who is online', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const admin = { email: 'beheer@example.nl', password: 'beheer-wachtwoord-123' };
  const victor = person('Victor Verstoorder');
  const networkName = 'Buurtnetwerk Kanaleneiland';
  let networkUrl = '';
  let adminCookie = '';
  let victorCookie = '';

  const newPage = async (cookie: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    await signInContext(context, api.url, cookie);
    return context.newPage();
  };

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
    browser = await launchBrowser();
    adminCookie = await logIn(api.url, admin.email, admin.password);
    victorCookie = await register(api.url, victor);
    networkUrl = `${api.url}/networks/${(await createNetwork(api.url, victorCookie, { name: networkName, province: 'Utrecht', type: 'learning-network' })).id}`;
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it("signs the blocked person's open page out at once, without a reload", async () => {
    const victorPage: Page = await newPage(victorCookie);
    await victorPage.goto(networkUrl);
    await victorPage.getByRole('heading', { name: networkName, level: 1 }).waitFor();
    // Live: their own name in the online list means the socket is connected.
    await victorPage.getByRole('list', { name: 'Wie is er nu online' }).getByText(victor.name).waitFor({ timeout: 10_000 });

    const page = await newPage(adminCookie);
    await page.goto(`${api.url}/beheer`);
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill('Victor');
    const row = page.getByRole('row').filter({ hasText: victor.email });
    await row.getByText('Actief', { exact: true }).waitFor();
    findings.push(...(await seriousViolations(page)));
    await row.getByRole('button', { name: `${victor.name} blokkeren` }).click();
    const dialog = page.getByRole('dialog', { name: `${victor.name} blokkeren?` });
    await dialog.waitFor();
    findings.push(...(await seriousViolations(page)));
    await dialog.getByRole('button', { name: 'Ja, blokkeren' }).click();
    await page.getByText(`${victor.name} is geblokkeerd.`).waitFor();
    await row.getByText('Geblokkeerd', { exact: true }).waitFor();

    // The other browser: sent to the login page, told why, with nothing of the network left on screen.
    await victorPage.waitForURL((url) => url.pathname === '/login', { timeout: 10_000 });
    await victorPage.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await victorPage.getByText('Je bent uitgelogd', { exact: true }).waitFor();
    expect(await victorPage.getByText(networkName).count()).toBe(0);
    expect(await victorPage.getByRole('button', { name: new RegExp(victor.name) }).count()).toBe(0);
    expect(await victorPage.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    findings.push(...(await seriousViolations(victorPage)));

    // Blocked means blocked: logging in again is refused.
    await victorPage.getByLabel('E-mailadres').fill(victor.email);
    await victorPage.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(victor.password);
    await victorPage.getByRole('button', { name: 'Inloggen' }).click();
    await victorPage.getByText('Het e-mailadres of het wachtwoord klopt niet.').first().waitFor();
    expect(new URL(victorPage.url()).pathname).toBe('/login');
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
