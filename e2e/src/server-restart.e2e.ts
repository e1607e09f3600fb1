import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call, createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// A server restart (a deploy, a crash) while people have Broedplaats open: nothing is lost, sessions
// hold, and open pages catch up with what changed without anyone reloading.
describe('an open page across a server restart', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let lead = '';
  let networkId = '';
  const member = person('Bea Burger');

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    lead = await register(api.url, person('Fenna Procesbegeleider'));
    const network = await createNetwork(api.url, lead, {
      name: 'Buurtkamer Zuid',
      province: 'Utrecht',
      type: 'learning-network',
      domain: 'Eenzaamheid onder ouderen in de wijk',
    });
    networkId = network.id;
    const invitation = await createInvitation(api.url, lead, networkId, { category: 'citizen' });
    const cookie = await register(api.url, member, invitation.token);
    context = await browser.newContext({ locale: 'nl-NL' });
    await signInContext(context, api.url, cookie);
    page = await context.newPage();
    await page.goto(`${api.url}/networks/${networkId}`);
    await page.getByRole('heading', { name: 'Buurtkamer Zuid' }).waitFor();
    // The page is live (its socket, loaded after the first paint, is connected) before the server goes.
    await page.getByRole('list', { name: 'Wie is er nu online' }).getByText(member.name).waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  it('keeps what was written, keeps the session, and brings the open page up to date', async () => {
    // Down long enough (over 2 s) for the page to tell the person they are offline.
    const restarted = api.restart(3_000);
    await page.getByText('Je bent even offline. We proberen opnieuw te verbinden…').waitFor({ timeout: 8_000 });
    await restarted;
    // Changed the moment the server is back, likely before the page's socket has reconnected: the page
    // must refetch on reconnecting rather than rely on the event alone.
    const renamed = await call<{ name: string; domain: string }>(`${api.url}/api/networks/${networkId}`, 'PATCH', { name: 'Buurtkamer Zuid-West' }, lead);
    expect(renamed.json).toMatchObject({ name: 'Buurtkamer Zuid-West', domain: 'Eenzaamheid onder ouderen in de wijk' });

    // Shown for a few seconds once the socket is back.
    await page.getByText('Je bent weer verbonden.').waitFor({ timeout: 20_000 });
    expect(await page.getByText('Je bent even offline').count()).toBe(0);
    await page.getByRole('heading', { name: 'Buurtkamer Zuid-West' }).waitFor({ timeout: 10_000 });
    await page.getByText('Eenzaamheid onder ouderen in de wijk').waitFor();
    const online = page.getByRole('list', { name: 'Wie is er nu online' });
    await online.getByText(member.name).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});
