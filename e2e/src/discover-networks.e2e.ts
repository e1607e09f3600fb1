import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { fitsViewport, person } from './support/ui';

// A researcher looks for networks to learn from under "Ontdek": by a partner organisation's name, and
// by a word of a theme, which Dutch stemming finds in its longer form ("eenzaam" → "eenzaamheid").
describe('discovering networks', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const names = { partner: 'Wijkwerk Deventer', theme: 'Samen tegen stilte', other: 'Jeugdnetwerk Utrecht' };
  let viewer = '';

  const openDiscover = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    contexts.push(context);
    await signInContext(context, api.url, viewer);
    const page = await context.newPage();
    await page.goto(`${api.url}/networks`);
    const discover = page.getByRole('region', { name: 'Ontdek andere netwerken' });
    await discover.getByRole('status').filter({ hasText: '3 netwerken gevonden' }).waitFor();
    return { page, discover };
  };

  /** Types a search and waits until the one network found is the only one shown. */
  const search = async (page: Page, words: string, expected: string) => {
    const discover = page.getByRole('region', { name: 'Ontdek andere netwerken' });
    await discover.getByRole('searchbox', { name: 'Zoek een netwerk' }).fill(words);
    await discover.getByRole('status').filter({ hasText: '1 netwerk gevonden' }).waitFor();
    await discover.getByRole('link', { name: expected }).waitFor();
    const shown = await discover.getByRole('article').getByRole('heading').allTextContents();
    expect(shown).toEqual([expected]);
  };

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    const lead = await register(api.url, person('Fenna Procesbegeleider'));
    const common = { province: 'Overijssel', type: 'learning-network', visibility: 'public' };
    // Found only through its partner.
    await createNetwork(api.url, lead, { ...common, name: names.partner, partners: [{ name: 'Saxion Hogeschool', kind: 'university-of-applied-sciences' }] });
    // "eenzaam" appears nowhere but in its theme "Doorbreek eenzaamheid en sociaal isolement".
    await createNetwork(api.url, lead, { ...common, name: names.theme, themeIds: ['eenzaamheid-sociaal-isolement'] });
    await createNetwork(api.url, lead, { ...common, name: names.other, province: 'Utrecht', themeIds: ['jeugdzorg-jeugdwijkteams'], partners: [{ name: 'Gemeente Utrecht', kind: 'municipality' }] });
    viewer = await register(api.url, person('Rosa Onderzoeker'));
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it("finds a network by a partner organisation's name", async () => {
    const { page } = await openDiscover({ width: 1280, height: 900 });
    await search(page, 'Saxion', names.partner);
    findings.push(...(await seriousViolations(page)));
  });

  it('finds a network by a shorter form of its theme on a 360 px phone', async () => {
    const { page } = await openDiscover({ width: 360, height: 740 });
    await search(page, 'eenzaam', names.theme);
    expect(await fitsViewport(page)).toBe(true);
    findings.push(...(await seriousViolations(page)));
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
