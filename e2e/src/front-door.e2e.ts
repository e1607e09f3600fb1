import type { Browser, BrowserContext } from 'playwright-core';
import { createNetwork, register } from './support/api';
import { launchBrowser, seriousViolations } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { fitsViewport, person } from './support/ui';

// A visitor without an account: sees what Broedplaats is and how to join, and browses a public network.
describe('the front door for a visitor', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  const name = 'Buurtkamer Oost leert samen';

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    const lead = await register(api.url, person('Fenna Procesbegeleider'));
    await createNetwork(api.url, lead, { name, province: 'Utrecht', type: 'learning-network', visibility: 'public', domain: 'Eenzaamheid onder ouderen in de wijk' });
    await createNetwork(api.url, lead, { name: 'Besloten intervisiegroep', province: 'Utrecht', type: 'learning-network', visibility: 'members' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  it('shows a visitor on a phone what Broedplaats is, and lets them open a public network without an account', async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Samen leren in het sociaal domein', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Hoe doe je mee?' }).waitFor();
    expect(await page.getByText('Besloten intervisiegroep').count()).toBe(0);
    expect(await fitsViewport(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('Eenzaamheid onder ouderen in de wijk').waitFor();
    await page.getByText('Wil je meedoen?').waitFor();
    expect(page.url()).toMatch(/\/openbaar\/[0-9a-f-]{36}$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Inloggen' }).first().click();
    await page.waitForURL(`${api.url}/login`);
  });
});
