import { describe, expect, it } from 'vitest';
import { expectAccessible, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { createTeamByKeyboard, defaultTeam, openDemoTeam, pageWithNewTeam, tabTo } from './steps/firstRun';
import { openSection } from './steps/navigate';

const SECTIONS = ['Board', 'People', 'Reflection', 'Training', 'Charter', 'Share and receive', 'Settings'];

describe('a new user on a fresh PC', () => {
  const { newPc } = useBrowser();

  it('sets up a team and reaches every section with the keyboard alone', async () => {
    const page = await pageWithNewTeam(newPc);
    expect(await page.locator('header').textContent()).toContain(`Working as ${defaultTeam.personName}`);
    expect(await page.getByRole('button', { name: /Team: North Locality Team/ }).count()).toBe(1);

    for (const section of SECTIONS) {
      await tabTo(page, `nav[aria-label="Sections"] a:text-is("${section}")`, 60);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: section }).waitFor();
      // Focus lands on the new page's heading, so the next Tab continues from the page itself.
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(focused).toBe(section);
    }
  });

  it('is told plainly what is wrong when the passphrases differ, and keeps what was typed', async () => {
    const { page } = await newPc();
    await page.getByRole('button', { name: 'Set up a new team' }).click();
    await page.getByLabel('Team name', { exact: true }).fill('West Team');
    await page.getByLabel('Your name').fill('Ana Silva');
    await page.getByLabel('Your profession').selectOption({ label: 'Health visitor' });
    await page.getByLabel('Team passphrase').fill('kettle orbit meadow violin');
    await page.getByLabel('Type the passphrase again').fill('kettle orbit meadow viola');
    await page.getByRole('button', { name: 'Set up the team' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('The two passphrases are different');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    expect(await page.getByLabel('Team name', { exact: true }).inputValue()).toBe('West Team');
  });

  it('can look around a demo team, signed in as its leader, with cases and people to see', async () => {
    const { page } = await newPc();
    await openDemoTeam(page);
    expect(await page.getByRole('button', { name: /^Team: / }).textContent()).toContain(
      'Northfield Joint Team (demo)',
    );
    expect(await page.locator('header').textContent()).toContain('Working as Aisha Scott');
    await page.locator('[data-case-card]').first().waitFor();
    await openSection(page, 'People');
    await page.locator('.person-card').first().waitFor();
    expect(await page.locator('.person-card').count()).toBeGreaterThan(5);
  });
});

describe('every section', () => {
  const { newPc } = useBrowser();

  it('passes the accessibility checks in the light and dark themes', async () => {
    const { page } = await newPc();
    await expectAccessibleLightAndDark(page, 'the welcome screen');
    await createTeamByKeyboard(page);
    for (const section of SECTIONS) {
      await openSection(page, section);
      await expectAccessibleLightAndDark(page, section);
    }
  });

  it('passes the accessibility checks in the dark and the high contrast colours chosen in Settings', async () => {
    const page = await pageWithNewTeam(newPc, { colorScheme: 'light' });
    for (const theme of ['Dark', 'High contrast'] as const) {
      await openSection(page, 'Settings');
      await page.locator('label.radio', { hasText: theme }).click();
      await page.getByText(`Colours set to ${theme.toLowerCase()}.`).waitFor();
      // The computer asks for light colours, so a dark page shows that the chosen colours win.
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe(theme === 'Dark' ? 'rgb(18, 20, 22)' : 'rgb(0, 0, 0)');
      for (const section of SECTIONS) {
        await openSection(page, section);
        await expectAccessible(page, `${section} (${theme})`);
      }
    }
  });
});
