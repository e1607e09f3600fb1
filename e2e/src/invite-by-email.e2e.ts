import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ParsedMail } from 'mailparser';
import { createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { Inbox } from './support/mail';
import { startApi, type RunningApi } from './support/server';
import { choose, fillRegistration, person } from './support/ui';

// A facilitator invites a professional and a citizen by e-mail in one go, with a personal message
// and a category per address. The citizen opens the link from the mail (read from a real SMTP
// server), registers with another address than the invited one and joins; the facilitator's open
// page shows the new member.
describe('inviting people by e-mail', () => {
  let inbox: Inbox;
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const networkName = 'Leerkring Mantelzorg Deventer';
  const facilitator = person('Fenna Procesbegeleider');
  const invited = { professional: 'pieter.wijkteam@example.nl', citizen: 'bert.thuis@example.nl' };
  const citizen = person('Bert Ervaringsdeskundige');
  const message = 'We beginnen op 12 maart in de bibliotheek. Fijn als je meedoet!';
  let networkUrl = '';
  let facilitatorPage: Page;
  const mails = new Map<string, ParsedMail>();

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    inbox = await Inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, PUBLIC_URL: 'http://broedplaats.test' });
    browser = await launchBrowser();
    const lead = await register(api.url, facilitator);
    const network = await createNetwork(api.url, lead, { name: networkName, province: 'Overijssel', type: 'learning-network' });
    networkUrl = `${api.url}/networks/${network.id}`;
    const { context, page } = await newPage();
    await signInContext(context, api.url, lead);
    facilitatorPage = page;
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
    await inbox?.close();
  });

  it('sends two invitations with a personal message and a category per address', async () => {
    const page = facilitatorPage;
    await page.goto(`${networkUrl}/uitnodigen`);
    const form = page.getByRole('form', { name: 'Uitnodigen per e-mail' });
    await form.getByRole('textbox', { name: 'E-mailadressen' }).fill(`${invited.professional}\n${invited.citizen}`);
    await choose(page, 'Wie nodig je uit?', 'Professional', form);
    await choose(page, `Wie is ${invited.citizen}?`, 'Inwoner of ervaringsdeskundige', form);
    await form.getByRole('textbox', { name: 'Persoonlijk bericht' }).fill(message);
    await form.getByRole('button', { name: 'Uitnodigingen versturen' }).click();

    await page.getByText('2 uitnodigingen zijn verstuurd.').waitFor();
    const list = page.getByRole('region', { name: 'Uitnodigingen', exact: true }).getByRole('list');
    await list.getByRole('listitem').filter({ hasText: 'Lid, Inwoner of ervaringsdeskundige' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Lid, Professional' }).waitFor();
    findings.push(...(await seriousViolations(page)));

    for (let i = 0; i < 2; i++) {
      const mail = await inbox.next();
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      mails.set(to?.value[0]?.address ?? '', mail);
    }
    expect([...mails.keys()].sort()).toEqual([invited.citizen, invited.professional]);
    for (const mail of mails.values()) {
      expect(mail.subject).toBe(`${facilitator.name} nodigt je uit voor ${networkName}`);
      expect(mail.text).toContain(message);
    }
    const links = [...mails.values()].map((mail) => /http:\/\/broedplaats\.test(\/join\/\S+)/.exec(mail.text ?? '')?.[1]);
    expect(new Set(links).size).toBe(2); // each address its own link
  });

  it('lets the citizen join from the mail with another e-mail address, as what the facilitator chose', async () => {
    const path = /http:\/\/broedplaats\.test(\/join\/\S+)/.exec(mails.get(invited.citizen)?.text ?? '')?.[1];
    expect(path).toBeDefined();
    const { page } = await newPage();
    await page.goto(`${api.url}${path}`);
    await page.getByText(`${facilitator.name} nodigt je uit om mee te doen als Lid (Inwoner of ervaringsdeskundige).`).waitFor();
    findings.push(...(await seriousViolations(page)));
    expect(citizen.email).not.toBe(invited.citizen);
    await fillRegistration(page, citizen);
    await page.waitForURL(networkUrl);
    await page.getByRole('heading', { name: networkName, level: 1 }).waitFor();
  });

  it("shows the new member on the facilitator's open page, and the invitation as used", async () => {
    const page = facilitatorPage;
    const used = page.getByRole('region', { name: 'Uitnodigingen', exact: true }).getByRole('listitem').filter({ hasText: 'Inwoner of ervaringsdeskundige' });
    await used.getByText('Gebruikt', { exact: true }).waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: 'Leden' }).click();
    const card = page.getByRole('region', { name: /^Leden/ }).getByRole('listitem').filter({ hasText: citizen.name });
    await card.waitFor({ timeout: 10_000 });
    await card.getByText('Inwoner of ervaringsdeskundige').waitFor();
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  it('finds no serious or critical accessibility problem on the pages checked', () => {
    expect(findings).toEqual([]);
  });
});
