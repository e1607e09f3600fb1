import type { Browser, BrowserContext } from 'playwright-core';
import { call, register } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { Inbox } from './support/mail';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// A citizen forgot their password: they ask for a link on the login page, open it from the mail
// (read from a real SMTP server), choose a new password and log in with it.
describe('resetting a forgotten password from the mail', () => {
  let inbox: Inbox;
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const findings: AxeFinding[] = [];
  const bea = person('Bea Burger');
  const newPassword = 'mijn-nieuwe-wachtwoord-2';

  beforeAll(async () => {
    inbox = await Inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, PUBLIC_URL: 'http://broedplaats.test' });
    browser = await launchBrowser();
    await register(api.url, bea);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    await inbox?.close();
  });

  it('asks for a link, sets a new password from the mail and logs in with it', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${api.url}/login`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord vergeten?' }).waitFor();
    await page.getByLabel('E-mailadres').fill(bea.email);
    findings.push(...(await seriousViolations(page)));
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('status').filter({ hasText: 'Kijk in je mail' }).waitFor();

    const mail = await inbox.next();
    expect(mail.subject).toBe('Nieuw wachtwoord voor Broedplaats');
    const path = /http:\/\/broedplaats\.test(\/reset\/\S+)/.exec(mail.text ?? '')?.[1];
    expect(path).toBeDefined();

    await page.goto(`${api.url}${path}`);
    await page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByRole('textbox', { name: 'Nieuw wachtwoord' }).fill(newPassword);
    findings.push(...(await seriousViolations(page)));
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Je nieuwe wachtwoord is opgeslagen' }).waitFor();
    findings.push(...(await seriousViolations(page)));

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(bea.email);
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The link worked once: using it again is refused.
    await expect(call(`${api.url}/api/auth/password-reset/complete`, 'POST', { token: path!.slice('/reset/'.length), newPassword: 'nog-een-wachtwoord-3' })).rejects.toThrow(/410/);
    expect(findings).toEqual([]);
  });
});
