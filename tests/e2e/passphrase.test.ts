import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { defaultTeam, pageWithNewTeam } from './steps/firstRun';

const NEW_PASSPHRASE = 'lantern harbour quietly 19';

async function openPassphrasePage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByRole('link', { name: 'Team passphrase' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team passphrase' }).waitFor();
}

/** Light, dark, and the app's own high-contrast colours (chosen in Settings, as a person would). */
async function expectAccessibleInEveryTheme(page: Page, screen: string): Promise<void> {
  await expectAccessibleLightAndDark(page, screen);
  const theme = await page.evaluate(() => {
    const was = document.documentElement.getAttribute('data-theme');
    document.documentElement.setAttribute('data-theme', 'high-contrast');
    return was;
  });
  await expectAccessible(page, `${screen} (high contrast)`);
  await page.evaluate((was) => document.documentElement.setAttribute('data-theme', was ?? 'system'), theme);
}

describe('a team leader changing the team passphrase', () => {
  const { newPc } = useBrowser();

  it('asks for the current one, confirms what happens, and then this PC uses the new one', async () => {
    const page = await pageWithNewTeam(newPc);
    await openPassphrasePage(page);
    await page.getByText('has not been changed since the team was set up').waitFor();
    await expectAccessibleInEveryTheme(page, 'the team passphrase page');

    await page.getByLabel('Current team passphrase').fill('not the passphrase');
    await page.getByLabel('New team passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type the new passphrase again').press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Change the team passphrase?' });
    await dialog.waitFor();
    await expectAccessibleInEveryTheme(page, 'confirming a change of passphrase');
    await dialog.getByRole('button', { name: 'Yes, change the passphrase' }).click();
    await page.getByText('That is not the team’s current passphrase on this PC.').first().waitFor();

    await page.getByLabel('Current team passphrase').fill(defaultTeam.passphrase);
    await page.getByLabel('Type the new passphrase again').press('Enter');
    await dialog.getByRole('button', { name: 'Yes, change the passphrase' }).click();
    await page.getByText('The team passphrase is changed.').waitFor();
    // Focus lands on what happened, not on the top of the page the closed question left it at.
    await page.waitForFunction(() =>
      document.activeElement?.textContent?.startsWith('The team passphrase is changed'),
    );
    await page.getByText(/last changed on \d{1,2} \w+ \d{4} by Sam Okafor/).waitFor();
    await expectAccessibleInEveryTheme(page, 'a changed passphrase');

    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Open ${defaultTeam.teamName}` }).waitFor();
    await page.getByLabel('Team passphrase').fill(defaultTeam.passphrase);
    await page.getByLabel('Team passphrase').press('Enter');
    await page
      .getByText(/does not open|not the team/i)
      .first()
      .waitFor();
    await page.getByLabel('Team passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Team passphrase').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
  });
});
