import type { Locator, Page } from 'playwright-core';

export type Person = { name: string; email: string; password: string };

let counter = 0;
export const person = (name: string): Person => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}.${counter++}@example.nl`,
  password: 'een-lang-wachtwoord-1',
});

/**
 * Mantine selects are comboboxes: open by their label, then pick the option by its visible text.
 * `within` narrows to one form when two have a field of that name (the listbox opens in a portal).
 */
export async function choose(page: Page, label: string, option: string, within?: Locator): Promise<void> {
  await (within ?? page).getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function fillRegistration(page: Page, who: Person): Promise<void> {
  await page.getByLabel('Je naam').fill(who.name);
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord').fill(who.password);
  await page.getByRole('button', { name: 'Account maken' }).click();
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export const fitsViewport = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
