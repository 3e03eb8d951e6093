import type { Page } from 'playwright-core';

/** Goes straight to a page by its address, as a bookmark would, and waits for its heading. */
export async function goTo(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Opens a section from the sections menu with the mouse and waits for its heading. */
export async function openSection(
  page: Page,
  section: string,
  heading: string | RegExp = section,
): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The date `days` from today (before it when negative), as YYYY-MM-DD. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
