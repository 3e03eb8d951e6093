import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessibleInAllColours, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { openFilters } from './steps/board';
import { openDemoTeam, tabTo } from './steps/firstRun';

async function searchFor(page: Page, text: string): Promise<void> {
  // The search box comes before the board in the tab order; from the cards, Shift+Tab would be long, so focus it.
  await page.locator('#board-search').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Waits until the board shows cards and every one of them says `text` (fails on timeout otherwise). */
async function everyCardSays(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const cards = [...document.querySelectorAll('[data-case-card]')];
    return cards.length > 0 && cards.every((card) => card.textContent?.includes(wanted));
  }, text);
}

function column(page: Page, title: string) {
  return page.getByRole('region', { name: `Cases in ${title}` });
}

describe('the board, by keyboard alone', () => {
  const { newPc } = useBrowser();

  it('moves a case across stages with the menu and by dragging with the keys, then finds it again', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    await tabTo(page, '#board-search', 80);
    await searchFor(page, 'JU-0001');
    await column(page, 'Referral')
      .getByRole('link', { name: /^JU-0001/ })
      .waitFor();

    // The "Move to…" menu: no dragging needed.
    await tabTo(page, '[data-case-card] button:has-text("Move to")', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Assessment' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo(page, '#move-reason');
    await page.keyboard.type('Family agreed to an assessment');
    await page.keyboard.press('Enter');
    await page.getByText('Moved JU-0001 from Referral to Assessment.').waitFor();
    await column(page, 'Assessment')
      .getByRole('link', { name: /^JU-0001/ })
      .waitFor();
    // Focus stays with the case that moved: it is given in the frame after the card is drawn in its new stage.
    await page.waitForFunction(() => /^JU-0001/.test(document.activeElement?.textContent ?? ''));

    // Drag and drop with the keyboard: pick up, one stage to the right, drop, confirm.
    await tabTo(page, '[data-case-card] button[aria-label^="Drag case"]', 20);
    await page.keyboard.press('Space');
    await page.getByText(/Picked up case JU-0001, in Assessment/).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText('Case JU-0001 is over Planning.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByRole('dialog').waitFor();
    await tabTo(page, '#move-reason');
    await page.keyboard.press('Enter');
    await page.getByText('Moved JU-0001 from Assessment to Planning.').waitFor();
    await column(page, 'Planning')
      .getByRole('link', { name: /^JU-0001/ })
      .waitFor();

    // Found again by filter: Planning only holds it when the search and the stage agree.
    await searchFor(page, '');
    await openFilters(page);
    await tabTo(page, '#filter-review', 80);
    await page.locator('#filter-review').selectOption('overdue');
    await everyCardSays(page, 'Overdue');
    await page.locator('#filter-review').selectOption('any');
    await searchFor(page, 'ju-0001');
    await column(page, 'Planning')
      .getByRole('link', { name: /^JU-0001/ })
      .waitFor();
  });

  it('saves filters as a view, applies it in one click, and keeps them when coming back', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    await openFilters(page);
    await tabTo(page, '#filter-concern', 80);
    await page.locator('#filter-concern').selectOption('safe');
    await page.waitForFunction(() => location.hash.includes('concern=safe'));
    await page.getByText('Filters: 1 active — Wellbeing: Safe').waitFor();

    await tabTo(page, '#view-name', 80);
    await page.keyboard.type('Children not safe');
    await page.keyboard.press('Enter');
    const apply = page.getByRole('button', { name: 'Show: Children not safe' });
    await apply.waitFor();

    await page.locator('#filter-concern').selectOption('');
    await page.waitForFunction(() => !location.hash.includes('concern=safe'));
    await apply.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#filter-concern').inputValue()).toBe('safe');

    // Open a case and come back: the board is as it was left.
    await page.waitForFunction(() => location.hash.includes('concern=safe'));
    await page.locator('[data-case-card] a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/board/case/'));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    await page.getByText('Filters: 1 active — Wellbeing: Safe').waitFor();
    // The concerns offered are the team's framework's, read a moment after the board: the choice shows once they are.
    await expect.poll(() => page.locator('#filter-concern').inputValue()).toBe('safe');
  });

  it('reaches every case in a stage longer than the window with the Tab key', async () => {
    const { page } = await newPc();
    // Short enough that Referral's ten cases do not all fit: the cards below are drawn as the stage scrolls.
    await page.setViewportSize({ width: 1366, height: 560 });
    await openDemoTeam(page);
    const referral = column(page, 'Referral');
    await referral.locator('[data-case-card] a').first().waitFor();
    expect(await referral.locator('[data-case-card]').count()).toBeLessThan(10);

    await referral.locator('[data-case-card] a').first().focus();
    const reached = new Set<string>();
    // Each card has three stops (the case, "Move to…" and the drag handle); stop when focus leaves the stage.
    for (let press = 0; press < 40; press += 1) {
      const here = await referral.evaluate((stage) => {
        const focused = document.activeElement;
        if (!focused || !stage.contains(focused)) return null;
        return focused.closest('[data-case-card]')?.getAttribute('data-case-card') ?? '';
      });
      if (here === null) break;
      if (here) reached.add(here);
      await page.keyboard.press('Tab');
    }
    expect(reached.size).toBe(10);
  });

  it('shows every stage and at least eight cards a stage at 1366 by 768, and the same cases as a sortable list', async () => {
    const { page } = await newPc();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDemoTeam(page);
    await page.locator('[data-case-card]').first().waitFor();
    // The stages place their cards at estimated heights first and at measured ones a moment later: read them
    // once every stage shows eight whole cards in view (or all it holds, when fewer), or fail when it never does.
    const glanceHandle = await page.waitForFunction(() => {
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      };
      const stages = [...document.querySelectorAll('.board-column')].map((stage) => ({
        heading: inView(stage.querySelector('h2') ?? stage),
        holds: Number(/\((\d+)\)/.exec(stage.querySelector('h2')?.textContent ?? '')?.[1] ?? 0),
        cards: [...stage.querySelectorAll('[data-case-card]')].filter(inView).length,
      }));
      // The demo's stages hold ten cases each but the last, most with an overdue mark or two.
      return stages.every((stage) => stage.cards >= Math.min(8, stage.holds)) ? stages : false;
    });
    const glance = (await glanceHandle.jsonValue()) || [];
    expect(glance).toHaveLength(6);
    expect(glance.every((stage) => stage.heading)).toBe(true);
    expect(glance.filter((stage) => stage.holds >= 8).length).toBeGreaterThanOrEqual(4);

    // The list: chosen by keyboard, sorted by lead professional from its column heading, kept in the address.
    await tabTo(page, 'button[aria-pressed]:has-text("List")', 40);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table');
    await table.waitFor();
    await tabTo(page, 'th button:has-text("Lead professional")', 40);
    await page.keyboard.press('Enter');
    const lead = page.getByRole('columnheader', { name: /Lead professional/ });
    await page.waitForFunction(() => location.hash.includes('view=list&sort=lead'));
    expect(await lead.getAttribute('aria-sort')).toBe('ascending');
    const leads = await page.$$eval('tbody tr[data-list-case] td:nth-of-type(3)', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(leads.length).toBeGreaterThan(8);
    expect(leads).toEqual([...leads].sort((a, b) => a.localeCompare(b, 'en-GB')));
    await expectAccessibleInAllColours(page, 'the case list');

    // Open a case from the list and come back: the list is as it was left.
    await page.locator('tbody tr[data-list-case] a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/board/case/'));
    await page.goBack();
    await table.waitFor();
    expect(await lead.getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('the board and its stages', () => {
  const { newPc } = useBrowser();

  it('pass the accessibility checks in the light and dark themes', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    await page.locator('[data-case-card]').first().waitFor();
    await expectAccessibleInAllColours(page, 'the board');
    await openFilters(page);
    await expectAccessibleInAllColours(page, 'the board with its filters open');
    await page.locator('#board-grouping').selectOption('lead');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expectAccessibleInAllColours(page, 'the board in swimlanes');
    await page.getByRole('link', { name: 'Manage stages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage stages' }).waitFor();
    await expectAccessibleLightAndDark(page, 'manage stages');
  });
});

describe('the board, with the pointer', () => {
  const { newPc } = useBrowser();

  it('moves a case by dragging it onto another stage, and a cancelled move leaves it where it was', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    const card = column(page, 'Referral').locator('[data-case-card]').first();
    const reference = (await card.getByRole('link').textContent())?.split(' ')[0] ?? '';
    expect(reference).toMatch(/^JU-/);

    // The card's controls show once the pointer is over it; the drag starts from its handle.
    const dragOnto = async (stage: string) => {
      await card.hover();
      const handle = await card.getByRole('button', { name: `Drag case ${reference}` }).boundingBox();
      const target = await column(page, stage).boundingBox();
      if (!handle || !target) throw new Error('The card or the stage is not on screen.');
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(handle.x + 40, handle.y + 10, { steps: 4 });
      await page.mouse.move(target.x + target.width / 2, target.y + 150, { steps: 8 });
      await page.mouse.up();
      const dialog = page.getByRole('dialog', { name: `Move case ${reference}` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(`Move ${reference} to ${stage}`);
    };

    await dragOnto('Assessment');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // Nothing moved, and focus is on the case rather than at the top of the page.
    await page.waitForFunction(
      (wanted) => document.activeElement?.textContent?.startsWith(wanted),
      reference,
    );
    await column(page, 'Referral')
      .getByRole('link', { name: new RegExp(`^${reference}`) })
      .waitFor();

    await dragOnto('Assessment');
    await page.locator('#move-reason').focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Moved ${reference} from Referral to Assessment.`).waitFor();
    await column(page, 'Assessment')
      .getByRole('link', { name: new RegExp(`^${reference}`) })
      .waitFor();
  });
});
