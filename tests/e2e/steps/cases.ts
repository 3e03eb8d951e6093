import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo } from './navigate';

/** Types a date into the three boxes (day, month, year) of the date field with this id. */
export async function typeDate(page: Page, id: string, day: string, month: string, year: string) {
  await page.locator(`#${id}`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

/** Opens a case at the first stage with the new-case form and returns on its page. */
export async function openNewCase(page: Page, name: string): Promise<void> {
  await goTo(page, '#/board/new', 'Open a new case');
  expect(await page.getByLabel('Reference').inputValue()).toMatch(/^JU-\d{4}$/);
  await page.getByLabel('Name on the board').fill(name);
  await page.getByRole('checkbox', { name: 'Safe' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Open the case' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name.replace('.', '\\.')) }).waitFor();
}
