import { describe, expect, it } from 'vitest';
import { expectAccessibleInAllColours } from './harness/axe';
import { useBrowser } from './harness/browser';
import { openFilters } from './steps/board';
import { createTeamByKeyboard, defaultTeam, openDemoTeam, tabTo } from './steps/firstRun';
import { goTo } from './steps/navigate';

describe('the team’s own words', () => {
  const { newPc } = useBrowser();

  it('a team set up in Wales tags a case with the Act’s well-being and finds it by it on the board', async () => {
    const { page } = await newPc();
    await createTeamByKeyboard(page, { ...defaultTeam, teamName: 'Cardiff East Team', wellbeing: 'wales' });

    await openFilters(page);
    const options = await page.locator('#filter-concern option').allTextContents();
    expect(options).toContain('Protection from abuse and neglect');
    expect(options).not.toContain('Nurtured');

    await goTo(page, '#/board/new', 'Open a new case');
    await page.getByLabel('Name on the board').fill('Child W.');
    await page.getByRole('checkbox', { name: 'Protection from abuse and neglect' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: /Child W\./ }).waitFor();
    await page.locator('.tag-list li', { hasText: 'Protection from abuse and neglect' }).waitFor();
    await expectAccessibleInAllColours(page, 'a case in a Welsh team');

    await goTo(page, '#/board?concern=wales-protection', 'Board');
    await page.getByText('Filters (1 active)').waitFor();
    await page.locator('.case-card', { hasText: 'Child W.' }).first().waitFor();

    await goTo(page, '#/settings/wellbeing', 'Wellbeing framework');
    expect(await page.locator('#framework-choice input[value="wales"]').isChecked()).toBe(true);
    await expectAccessibleInAllColours(page, 'the wellbeing framework');
  });

  it('a team leader adds an abbreviation and finds a colleague by it', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    await goTo(page, '#/people/search', 'Who can help with…');
    await page.getByLabel('What do you need help with?').fill('PPU');
    await page.getByText(/Nobody found for “PPU”/).waitFor();

    await page.getByRole('link', { name: 'The words the search understands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Words the search understands' }).waitFor();
    await tabTo(page, '#word-new-short', 80);
    await page.keyboard.type('PPU');
    await page.keyboard.press('Tab');
    await page.keyboard.type('public protection');
    await page.keyboard.press('Enter');
    await page.getByText('“PPU” is added to the team’s words.').waitFor();
    await expectAccessibleInAllColours(page, 'the team’s words');

    await goTo(page, '#/people/search', 'Who can help with…');
    await page.getByLabel('What do you need help with?').fill('PPU');
    await page.getByText(/Also looking for: public protection/).waitFor();
    // The people found are listed once the directory is read, a moment after the words looked for are shown.
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results').textContent()).toMatch(/public protection/i);
  });
});
