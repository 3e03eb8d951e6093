import type { Page } from 'playwright-core';
import { tabTo } from './firstRun';

/** Opens the board's folded filters from their button in the filter bar, by keyboard, unless they are open. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="board-filter-panel"]');
  if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  await tabTo(page, 'button[aria-controls="board-filter-panel"]', 80);
  await page.keyboard.press('Enter');
  await page.locator('#filter-review').waitFor();
}
