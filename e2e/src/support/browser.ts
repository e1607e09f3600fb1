import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on machines without outside network (see ARCHITECTURE.md); Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
    headless: true,
  });
}

export type AxeFinding = { page: string; id: string; impact: string; nodes: string[]; html: string[] };

/** Runs axe on the page as it is now and returns serious and critical violations (empty is good). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // A dialog or notice still fading in has low contrast for a moment: judge the page once it is still.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ page: page.url(), id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')), html: v.nodes.map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`) }));
}
