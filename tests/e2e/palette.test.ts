import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './harness/axe';
import { useBrowser } from './harness/browser';
import { openDemoTeam } from './steps/firstRun';

/** A case on the demo board: its id (from the card's link) and its reference (the first word of the link). */
async function someCase(page: Page): Promise<{ id: string; reference: string }> {
  const link = page.locator('main a[href^="#/board/case/"]').first();
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const text = (await link.textContent()) ?? '';
  const reference = /[A-Za-z0-9][A-Za-z0-9-]*-\d+/.exec(text)?.[0];
  if (!reference) throw new Error(`No case reference in "${text}"`);
  return { id: href.replace('#/board/case/', ''), reference };
}

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Find or run a command' });
  await dialog.waitFor();
  return dialog;
}

describe('command palette and shortcuts help', () => {
  const { newPc } = useBrowser();

  it('jumps to a case by its reference with Ctrl+K, shows the shortcuts, and passes the accessibility checks', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    const { id, reference } = await someCase(page);

    const dialog = await openPalette(page);
    await expectAccessible(page, 'the command palette (light)');
    await page.keyboard.type(reference);
    await dialog.getByRole('menuitem').first().filter({ hasText: reference }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: /found/ }).count()).resolves.toBeGreaterThan(0);
    // The first result takes the (virtual) focus a moment after the results change; check once it has.
    await page.waitForFunction(() => {
      const id = document.querySelector('.palette__input')?.getAttribute('aria-activedescendant');
      return Boolean(id && document.getElementById(id));
    });
    await expectAccessible(page, 'the command palette with results (light)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/board/case/${id}`);
    expect(await dialog.count()).toBe(0);

    // "?" outside a text box opens the help; Escape closes it and focus returns to the page.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.getByRole('row', { name: /Ctrl\+K/ }).count()).toBe(1);
    await expectAccessible(page, 'the shortcuts help (light)');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('runs a command from the palette and never opens over a locked screen', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    await openPalette(page);
    await page.keyboard.type('log training');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/training/new');

    await page.keyboard.press('Control+l');
    const pin = page.getByLabel(/PIN/).first();
    await pin.waitFor();
    await pin.focus();
    await page.keyboard.press('Control+k');
    // The keys typed next still reach the PIN box: nothing opened over the lock screen to take them.
    await page.keyboard.type('12');
    expect(await pin.inputValue()).toBe('12');
    expect(await page.getByRole('dialog', { name: 'Find or run a command' }).count()).toBe(0);
  });

  it('passes the accessibility checks in the dark theme', async () => {
    const { page } = await newPc({ colorScheme: 'dark' });
    await openDemoTeam(page);
    const dialog = await openPalette(page);
    await page.keyboard.type('board');
    await dialog.getByRole('menuitem').first().waitFor();
    await expectAccessible(page, 'the command palette (dark)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectAccessible(page, 'the shortcuts help (dark)');
  });

  it('prints only the view: no navigation, header or buttons', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    const { id } = await someCase(page);
    await page.evaluate((caseId) => {
      window.location.hash = `#/board/case/${caseId}`;
    }, id);
    // Found by text, not role: under print media it is hidden, which takes it out of the accessibility tree.
    const printButton = page.locator('button', { hasText: 'Print the case summary' });
    await printButton.waitFor();
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display('.app-nav')).toBe('none');
    expect(await display('.app-header')).toBe('none');
    expect(await printButton.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await display('main h1')).not.toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await display('.app-nav')).not.toBe('none');

    // The directory prints the same way: the list, without its buttons.
    await page.evaluate(() => {
      window.location.hash = '#/people';
    });
    const printDirectory = page.locator('button', { hasText: 'Print the directory' });
    await printDirectory.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await printDirectory.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await display('.app-nav')).toBe('none');
    expect(await display('main h1')).not.toBe('none');
  });
});
