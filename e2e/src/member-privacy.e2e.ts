import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { Member } from '@broedplaats/contracts';
import { call, createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// Engagement scores are the facilitators' working notes: a plain member on the Leden tab sees only
// their own, and the API does not even send the others'; a facilitator sees everyone's.
describe("who sees members' engagement", () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const networkName = 'Lerend netwerk Wijkverpleging';
  const facilitator = person('Fenna Procesbegeleider');
  const mira = person('Mira Wijkverpleegkundige');
  const otto = person('Otto Onderzoeker');
  let networkId = '';
  const cookies: Record<'facilitator' | 'mira', string> = { facilitator: '', mira: '' };

  /** Opens the Leden tab as someone and hands back the page and the members the API sent it. */
  const openMembers = async (cookie: string): Promise<{ page: Page; sent: Member[] }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    await signInContext(context, api.url, cookie);
    const page = await context.newPage();
    const answer = page.waitForResponse((res: Response) => new URL(res.url()).pathname === `/api/networks/${networkId}/members` && res.request().method() === 'GET');
    await page.goto(`${api.url}/networks/${networkId}/leden`);
    const sent = (await (await answer).json()) as Member[];
    await page.getByRole('region', { name: /^Leden/ }).getByRole('listitem').filter({ hasText: otto.name }).waitFor();
    return { page, sent };
  };
  const card = (page: Page, name: string) => page.getByRole('region', { name: /^Leden/ }).getByRole('listitem').filter({ hasText: name });

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    cookies.facilitator = await register(api.url, facilitator);
    networkId = (await createNetwork(api.url, cookies.facilitator, { name: networkName, province: 'Gelderland', type: 'learning-network' })).id;
    const { token } = await createInvitation(api.url, cookies.facilitator, networkId, { category: 'professional', reusable: true });
    cookies.mira = await register(api.url, mira, token);
    const ottoCookie = await register(api.url, otto, token);
    const ottoId = (await call<{ id: string }>(`${api.url}/api/auth/me`, 'GET', undefined, ottoCookie)).json.id;
    await call(`${api.url}/api/networks/${networkId}/members/${ottoId}`, 'PATCH', { engagement: 5 }, cookies.facilitator);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it('shows a plain member only their own engagement, and the API sends no one else’s', async () => {
    const { page, sent } = await openMembers(cookies.mira);
    expect(sent).toHaveLength(3);
    for (const member of sent) {
      if (member.displayName === mira.name) expect(member.engagement).toBe(3);
      else expect(member).not.toHaveProperty('engagement');
    }
    await page.getByText('Alleen procesbegeleiders zien de betrokkenheid van leden.', { exact: false }).waitFor();
    await card(page, mira.name).getByText('Betrokkenheid 3 van 5', { exact: false }).waitFor();
    for (const other of [otto.name, facilitator.name]) {
      expect(await card(page, other).textContent()).not.toMatch(/Betrokkenheid/);
    }
    expect(await page.getByRole('combobox', { name: /Betrokkenheid van/ }).count()).toBe(0);
    findings.push(...(await seriousViolations(page)));
  });

  it("shows a facilitator everyone's engagement, and lets them change it", async () => {
    const { page, sent } = await openMembers(cookies.facilitator);
    expect(sent.map((member) => member.engagement).sort()).toEqual([3, 3, 5]);
    await card(page, otto.name).getByText('Betrokkenheid 5 van 5', { exact: false }).waitFor();
    await card(page, mira.name).getByText('Betrokkenheid 3 van 5', { exact: false }).waitFor();
    await page.getByRole('combobox', { name: `Betrokkenheid van ${otto.name}` }).waitFor();
    expect(await page.getByText('Alleen procesbegeleiders zien de betrokkenheid van leden.', { exact: false }).count()).toBe(0);
    findings.push(...(await seriousViolations(page)));
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
