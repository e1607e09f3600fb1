import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// A facilitator keeps the network in shape while members have it open: a rename reaches them live, a
// removed member is told and loses access at once, and the others see the member list change.
describe('managing a network while its members have it open', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const facilitator = person('Fenna Procesbegeleider');
  const professional = person('Pieter Professional');
  const student = person('Sem Student');
  let networkUrl = '';
  const pages: Record<'facilitator' | 'professional' | 'student', Page> = {} as never;

  const openAs = async (cookie: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    await signInContext(context, api.url, cookie);
    const page = await context.newPage();
    await page.goto(networkUrl);
    await page.getByRole('heading', { name: 'Wijkteam Noord' }).waitFor();
    return page;
  };

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    const lead = await register(api.url, facilitator);
    const network = await createNetwork(api.url, lead, { name: 'Wijkteam Noord', province: 'Groningen', type: 'learning-network' });
    const invitation = await createInvitation(api.url, lead, network.id, { category: 'professional', reusable: true });
    networkUrl = `${api.url}/networks/${network.id}`;
    const [pro, stu] = [await register(api.url, professional, invitation.token), await register(api.url, student, invitation.token)];
    pages.facilitator = await openAs(lead);
    pages.professional = await openAs(pro);
    pages.student = await openAs(stu);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
  });

  it("shows a rename on members' open pages without reload", async () => {
    const page = pages.facilitator;
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Netwerk aanpassen' }).click();
    const name = page.getByLabel('Naam van het netwerk');
    await name.fill('Wijkteam Noord-Oost');
    findings.push(...(await seriousViolations(page)));
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { name: 'Wijkteam Noord-Oost' }).waitFor();
    for (const member of [pages.professional, pages.student]) {
      await member.getByRole('heading', { name: 'Wijkteam Noord-Oost' }).waitFor({ timeout: 10_000 });
      expect(member.url()).toBe(networkUrl);
    }
  });

  it('tells a removed member at once, takes the network away, and updates the others', async () => {
    const page = pages.facilitator;
    await page.goto(`${networkUrl}/leden`);
    await pages.professional.getByRole('tab', { name: 'Leden' }).click();
    await page.getByRole('button', { name: `${student.name} uit het netwerk halen` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    findings.push(...(await seriousViolations(page)));
    await dialog.getByRole('button', { name: 'Ja, uit het netwerk halen' }).click();

    await pages.student.getByText('Je bent geen lid meer').waitFor({ timeout: 10_000 });
    await pages.student.waitForURL(`${api.url}/networks`);
    await pages.student.getByText('Je doet nog niet mee in een netwerk').waitFor();
    findings.push(...(await seriousViolations(pages.student)));

    const members = pages.professional.getByRole('region', { name: /^Leden/ });
    await members.getByText(student.name).waitFor({ state: 'detached', timeout: 10_000 });
    await members.getByText(professional.name).first().waitFor();
  });

  it('keeps the removed member out when they try the old address', async () => {
    await pages.student.goto(networkUrl);
    await pages.student.getByRole('heading', { name: 'Wijkteam Noord-Oost' }).waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pages.student.getByText('Wijkteam Noord-Oost').count()).toBe(0);
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
