import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInAllColours } from './harness/axe';
import { useBrowser } from './harness/browser';
import { pageWithNewTeam, tabTo } from './steps/firstRun';
import { openNewCase, typeDate } from './steps/cases';
import { goTo } from './steps/navigate';

/** Chooses a radio button in a group by keyboard: focus it, then Space. */
async function chooseRadio(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('radio', { name }).focus();
  await page.keyboard.press('Space');
}

describe('a case’s own records: agencies’ numbers, the basis for sharing, and people outside the team', () => {
  const { newPc } = useBrowser();

  it('checks an NHS number, finds the case by it, keeps a replaced consent with its reason, and names an outside owner', async () => {
    const page = await pageWithNewTeam(newPc);
    await openNewCase(page, 'Child Q.');
    const caseHash = await page.evaluate(() => window.location.hash);
    const nextYear = String(new Date().getFullYear() + 1);

    // An NHS number mistyped by one digit is caught by its own check digit, in plain words.
    await tabTo(page, 'button:has-text("Add a reference number")', 120);
    await page.keyboard.press('Enter');
    await page.getByLabel('Which reference').selectOption({ label: 'NHS number' });
    await page.getByRole('textbox', { name: 'Reference number' }).fill('943 476 5918');
    await page.getByRole('textbox', { name: 'Reference number' }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await page
      .getByText(/Enter an NHS number of 10 digits/)
      .first()
      .waitFor();
    await page.getByRole('textbox', { name: 'Reference number' }).fill('943 476 5919');
    await page.getByRole('textbox', { name: 'Reference number' }).press('Enter');
    await page.getByText('Reference number added.').waitFor();
    const references = page.getByRole('region', { name: 'Agencies’ reference numbers' });
    await references.getByText('943 476 5919').waitFor();

    // Consent first, then a public task when consent is withdrawn: the consent stays, with why it was replaced.
    await page.getByRole('button', { name: 'Record the basis for sharing' }).click();
    await chooseRadio(page, /^Consent/);
    await page.getByLabel('Consent given by').fill('Mother');
    await page.getByLabel('Why this basis applies').fill('Mother agreed at the first meeting.');
    await page.getByRole('button', { name: 'Record the basis' }).click();
    await page.getByText('Basis for sharing recorded.').waitFor();
    const sharing = page.getByRole('region', { name: 'Information sharing' });
    await sharing.getByText('Mother', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Record a new basis for sharing' }).click();
    await chooseRadio(page, /^Public task/);
    await chooseRadio(page, /^Substantial public interest: safeguarding/);
    await page
      .getByLabel('Why consent is no longer the basis')
      .fill('Mother withdrew consent; a child protection enquiry began.');
    await typeDate(page, 'basis-reviewOn', '1', '3', nextYear);
    await page.getByRole('button', { name: 'Record the basis' }).click();
    await page.getByText('Basis for sharing recorded.').waitFor();
    await sharing.getByText('Public task').first().waitFor();
    await sharing
      .getByText(/safeguarding of children and individuals at risk/)
      .first()
      .waitFor();
    const earlier = sharing.getByRole('list');
    await earlier.getByText('Consent', { exact: true }).waitFor();
    await earlier.getByText('Mother agreed at the first meeting.').waitFor();
    await sharing.getByText('Mother withdrew consent; a child protection enquiry began.').waitFor();
    // The list holds its one entry without an empty box below it (a style of the board's list once leaked here).
    const [listHeight, entryHeight] = await earlier.evaluate((list) => [
      list.getBoundingClientRect().height,
      list.firstElementChild?.getBoundingClientRect().height ?? 0,
    ]);
    expect(listHeight).toBeLessThan(entryHeight + 40);

    // An action owned by the family's GP, who is not in the team.
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('What needs to be done').fill('Share the growth chart with the health visitor');
    await page.getByLabel('Who will do it').selectOption({ label: 'Someone outside the team' });
    await page.getByLabel('Their name').fill('Dr Amir Shah');
    await page.getByLabel('Their role (optional)').fill('GP at Bridge Street Surgery');
    await typeDate(page, 'actionform-dueDate', '3', '1', nextYear);
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('Dr Amir Shah, GP at Bridge Street Surgery (outside the team)').first().waitFor();
    await expectAccessibleInAllColours(
      page,
      'a case with reference numbers, bases for sharing and an outside owner',
    );

    // The board's search finds the case by its NHS number, typed without spaces.
    await goTo(page, '#/board', 'Board');
    await page.locator('#board-search').fill('9434765919');
    await page.getByText('Showing 1 of 1 open case.').waitFor();
    await page.getByRole('link', { name: /Child Q\./ }).click();
    await page.waitForFunction((hash) => window.location.hash === hash, caseHash);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Child Q.');
  });
});
