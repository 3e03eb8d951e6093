import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectAccessibleInAllColours, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { defaultTeam, pageWithNewTeam, tabTo } from './steps/firstRun';
import { openFilters } from './steps/board';
import { openNewCase, typeDate } from './steps/cases';
import { goTo } from './steps/navigate';

/** A colleague to build the team around the child with, added through the directory as a leader would. */
async function addColleague(page: Page, name: string, profession: string): Promise<void> {
  await goTo(page, '#/people/new-member', 'Add a person');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Profession', { exact: true }).selectOption({ label: profession });
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

/** Moves the case's card on the board with the keyboard alone: its "Move to…" menu, then the move dialog. */
async function moveByKeyboard(page: Page, reference: string, stage: string, reason: string) {
  await tabTo(page, `button:has-text("Move to…"):has-text("${reference}")`, 150);
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: stage });
  await item.waitFor();
  for (let presses = 0; presses < 10; presses += 1) {
    if (await item.evaluate((el) => el === document.activeElement || el.hasAttribute('data-focused'))) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.getByLabel('Reason (optional)').waitFor();
  await tabTo(page, '#move-reason', 10);
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('a new user works a case from start to finish', () => {
  const { newPc } = useBrowser();

  it('opens a case, builds the plan, moves it by keyboard, finds it on the board and closes it', async () => {
    const page = await pageWithNewTeam(newPc);
    await addColleague(page, 'Jo Reid', 'Health visitor');
    await openNewCase(page, 'Child Q.');
    // The case page's code is read when first opened; focus still lands on its heading once it is drawn.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent),
      )
      .toMatch(/^H1 .*Child Q\./);
    await expectAccessible(page, 'the case page (light)');

    const caseUrl = page.url();
    await page.getByRole('button', { name: 'Add someone to the team' }).click();
    await page.getByLabel('Professional').selectOption({ label: 'Jo Reid' });
    await page.getByLabel('Their part in this child’s plan').fill('Health visitor: weekly home visits');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const around = page.getByRole('region', { name: 'Team around the child' });
    await around.getByRole('cell', { name: 'Jo Reid', exact: true }).waitFor();
    // Exactly one lead professional, marked in words.
    expect(await around.locator('.tag', { hasText: 'Lead professional' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Add a shared aim' }).click();
    await page.getByLabel('Aim', { exact: true }).fill('Attends nursery every morning');
    await page.getByRole('button', { name: 'Add the aim' }).click();
    await page.getByText('Aim added.').waitFor();

    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('What needs to be done').fill('Arrange a joint home visit');
    await page.getByLabel('Who will do it').selectOption({ label: 'Jo Reid' });
    await typeDate(page, 'actionform-dueDate', '3', '1', '2020');
    await page.getByText('This date has passed').waitFor();
    await page.getByLabel('The aim it serves').selectOption({ label: 'Attends nursery every morning' });
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('button', { name: 'Yes, save it' }).click();
    await page.getByText('Action added.').waitFor();
    const actions = page.getByRole('region', { name: 'Actions' });
    expect(await actions.getByText('Overdue').count()).toBe(1);

    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.getByLabel('Service', { exact: true }).fill('Parenting programme');
    await page.getByRole('button', { name: 'Add the service' }).click();
    await page.getByText('Service added.').waitFor();

    await goTo(page, '#/board', 'Board');
    await moveByKeyboard(page, 'JU-0001', 'Assessment', 'Family agreed to an assessment');
    await moveByKeyboard(page, 'JU-0001', 'Planning', 'Assessment finished');

    const search = page.getByLabel('Search cases');
    await search.fill('nursery');
    await page.locator('[data-case-card]', { hasText: 'JU-0001' }).waitFor();
    await search.fill('no such words');
    await page.locator('[data-case-card]', { hasText: 'JU-0001' }).waitFor({ state: 'detached' });
    await search.fill('');
    await openFilters(page);
    await page.getByLabel('Wellbeing concern').selectOption({ label: 'Safe' });
    await page.locator('[data-case-card]', { hasText: 'JU-0001' }).waitFor();
    await page.getByLabel('Wellbeing concern').selectOption({ label: 'Healthy' });
    await page.locator('[data-case-card]', { hasText: 'JU-0001' }).waitFor({ state: 'detached' });
    await page.getByLabel('Wellbeing concern').selectOption({ index: 0 });

    await page
      .getByRole('link', { name: /JU-0001/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /JU-0001/ }).waitFor();
    expect(page.url()).toBe(caseUrl);
    const chronology = page.getByRole('region', { name: 'Chronology' });
    await chronology.getByText('Moved from Referral to Assessment: Family agreed to an assessment').waitFor();
    await chronology.getByText(/Moved from Assessment to Planning/).waitFor();

    await page.getByRole('button', { name: 'Close this case' }).click();
    await page.getByRole('button', { name: 'Close the case' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await page.getByLabel('Why is the case closing?').fill('The plan’s aims were met.');
    await page.getByLabel('Outcome for the child and family').fill('Attending nursery every morning.');
    await page.getByRole('button', { name: 'Close the case' }).click();
    await page.getByText('This case is closed').waitFor();
    await chronology.getByText(/Case closed\. Reason: The plan’s aims were met\./).waitFor();
    expect(await page.locator('header').textContent()).toContain(defaultTeam.personName);
  });
});

describe('case pages', () => {
  const { newPc } = useBrowser();

  it('pass the accessibility checks in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);
    await goTo(page, '#/board/new', 'Open a new case');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the new-case form with an error');
    await page.getByLabel('Name on the board').fill('Child R.');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: /Child R\./ }).waitFor();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await typeDate(page, 'actionform-dueDate', '3', '1', '2020');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the case page with a form open');
    await goTo(page, '#/board/my-work', 'My work and the team’s');
    await expectAccessibleLightAndDark(page, 'my work');
    await goTo(page, '#/board/outcomes', 'Does it make a difference');
    await expectAccessibleLightAndDark(page, 'the outcomes page');
  });

  it('are named in the window title, fit a phone-width window, and question a due date that has passed', async () => {
    const page = await pageWithNewTeam(newPc);
    await openNewCase(page, 'Child T.');
    await expect.poll(() => page.title()).toMatch(/^JU-\d{4} Child T\. – Board – Joined Up$/);

    await page.setViewportSize({ width: 320, height: 700 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect.poll(sideways).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('What needs to be done').fill('Ask the school for attendance');
    await typeDate(page, 'actionform-dueDate', '3', '1', '2020');
    await page.getByRole('button', { name: 'Add the action' }).click();
    const question = page.getByRole('group', { name: /This date has passed\. Save it anyway\?/ });
    await question.waitFor();
    await expectAccessibleInAllColours(page, 'a passed due date questioned at phone width');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('actionform-dueDate');
    await typeDate(page, 'actionform-dueDate', '3', '1', String(new Date().getFullYear() + 1));
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('Ask the school for attendance').first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
  });
});
