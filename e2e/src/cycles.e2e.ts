import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CycleDetail, CyclePage, SessionLog } from '@broedplaats/contracts';
import { call, createInvitation, createNetwork, register, signInContext } from './support/api';
import { launchBrowser, seriousViolations, type AxeFinding } from './support/browser';
import { startApi, type RunningApi } from './support/server';
import { person } from './support/ui';

// A professional logs a try-out with a measurement from the start page on a 360 px phone, in at most
// eight taps besides typing the four answers; the facilitator's overview shows it live and the chart's
// table has the new point. Then two logs written offline survive a reload and arrive once each.
describe('action-learning cycles: a try-out in two minutes, also offline', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const findings: AxeFinding[] = [];
  const fenna = person('Fenna Procesbegeleider');
  const pieter = person('Pieter Wijkcoach');
  const cookies = { fenna: '', pieter: '' };
  let networkId = '';
  let cycle: CycleDetail;

  const open = async (cookie: string, width: number): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL', hasTouch: width < 500 });
    contexts.push(context);
    await signInContext(context, api.url, cookie);
    return { context, page: await context.newPage() };
  };
  const logsOf = async () => (await call<SessionLog[]>(`${api.url}/api/networks/${networkId}/cycles/${cycle.id}/logs`, 'GET', undefined, cookies.pieter)).json;

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    cookies.fenna = await register(api.url, fenna);
    networkId = (await createNetwork(api.url, cookies.fenna, { name: 'Vroegsignalering Almere', province: 'Flevoland', type: 'learning-network' })).id;
    const { token } = await createInvitation(api.url, cookies.fenna, networkId, { category: 'professional', reusable: true });
    cookies.pieter = await register(api.url, pieter, token);
    const start = (title: string, indicators: unknown[]) =>
      call<CycleDetail>(`${api.url}/api/networks/${networkId}/cycles`, 'POST', { title, learningQuestion: 'Hoe zien we schulden eerder?', outcomes: [{ text: 'Sneller hulp', indicators }] }, cookies.pieter);
    cycle = (await start('Signaalkaart bij huisbezoeken', [{ name: 'Dagen tot eerste contact', unit: 'dagen', direction: 'lower', baseline: 20, target: 7 }])).json;
    await start('Samen beslissen aan de keukentafel', []);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.stop();
    expect(findings).toEqual([]);
  });

  it('logs a try-out with a measurement from the start page in at most 8 taps, live in the facilitator’s overview and chart', async () => {
    const overview = (await open(cookies.fenna, 1280)).page;
    await overview.goto(`${api.url}/networks/${networkId}/leercycli`);
    const row = overview.getByRole('table', { name: 'Leercycli in dit netwerk' }).getByRole('row', { name: /Signaalkaart/ });
    await row.getByText('Nog niets vastgelegd').waitFor();

    const { page } = await open(cookies.pieter, 360);
    await page.goto(`${api.url}/voor-mij`);
    let taps = 0;
    const tap = async (target: ReturnType<Page['getByRole']>) => {
      taps += 1;
      await target.tap();
    };
    await tap(page.getByRole('button', { name: 'Uitproberen vastleggen' }));
    await tap(page.getByRole('radio', { name: /Signaalkaart bij huisbezoeken/ }));
    // "Wat heb ik gedaan?" has the focus when the form opens: typing starts at once.
    const did = page.getByRole('textbox', { name: /Wat heb ik gedaan/ });
    await did.waitFor();
    await page.keyboard.type('Kaart aan het eind van het gesprek');
    for (const [label, text] of [[/Wat gebeurde er/, 'Twee gezinnen praatten over geld'], [/Wat heb ik geleerd/, 'Timing maakt uit'], [/Wat probeer ik hierna/, 'Samen bellen met schuldhulp']] as const) {
      await tap(page.getByRole('textbox', { name: label }));
      await page.keyboard.type(text);
    }
    await tap(page.getByRole('radio', { name: '4: goed' }));
    await tap(page.getByRole('textbox', { name: /Dagen tot eerste contact/ }));
    await page.keyboard.type('9');
    findings.push(...(await seriousViolations(page)));
    await tap(page.getByRole('button', { name: 'Opslaan' }));
    await page.getByText('Vastgelegd. Goed bezig!').waitFor();
    console.log(`taps to log a try-out with a measurement from the start page: ${taps}`);
    expect(taps).toBeLessThanOrEqual(8);

    // Live: the overview's row gets today's date without a reload.
    await row.getByText('Nog niets vastgelegd').waitFor({ state: 'detached' });
    await overview.goto(`${api.url}/networks/${networkId}/cycli/${cycle.id}`);
    await overview.getByText('Bekijk als tabel').click();
    const table = overview.getByRole('table', { name: 'Metingen van Dagen tot eerste contact' });
    await table.getByRole('cell', { name: '9', exact: true }).waitFor();
    findings.push(...(await seriousViolations(overview)));
  });

  it('keeps two logs written offline through a reload and sends each once when back online', async () => {
    const before = (await logsOf()).length;
    const { context, page } = await open(cookies.pieter, 360);
    await page.goto(`${api.url}/networks/${networkId}/cycli/${cycle.id}`);
    await page.getByRole('button', { name: 'Uitproberen vastleggen' }).waitFor();
    await context.setOffline(true);
    for (const text of ['Offline log een', 'Offline log twee']) {
      await page.getByRole('button', { name: 'Uitproberen vastleggen' }).tap();
      const form = page.getByRole('form', { name: /^Vastleggen/ });
      await form.getByRole('textbox', { name: /Wat heb ik gedaan/ }).fill(text);
      await form.getByRole('button', { name: 'Opslaan' }).tap();
      await page.getByRole('list', { name: 'Nog niet verstuurd' }).getByText(text).waitFor();
    }
    expect(await page.getByText('Wacht op verbinding').count()).toBeGreaterThanOrEqual(2);
    // A reload while still offline would need the app shell from the service worker; what matters is
    // that the logs live in the browser, not in the page: this page closes, a new one opens later.
    await page.close();
    const again = await context.newPage();
    await context.setOffline(false);
    await again.goto(`${api.url}/voor-mij`);
    await again.waitForFunction(() => !window.localStorage.getItem('broedplaats.cycles.outbox'), undefined, { timeout: 30_000 });
    const after = await logsOf();
    expect(after.length).toBe(before + 2);
    expect(after.filter((l) => l.did === 'Offline log een')).toHaveLength(1);
    expect(after.filter((l) => l.did === 'Offline log twee')).toHaveLength(1);
    const page2 = (await call<CyclePage>(`${api.url}/api/networks/${networkId}/cycles`, 'GET', undefined, cookies.fenna)).json;
    expect(page2.items.find((c) => c.id === cycle.id)?.logCount).toBe(before + 2);
  });
});
