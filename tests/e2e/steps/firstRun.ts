import type { Page } from 'playwright-core';
import { timed } from '../harness/phaseTimes';

export interface NewTeam {
  teamName: string;
  personName: string;
  profession: string;
  passphrase: string;
  /** The creator's personal PIN on this PC, chosen right after the team is set up. */
  pin: string;
}

export const defaultTeam: NewTeam = {
  teamName: 'North Locality Team',
  personName: 'Sam Okafor',
  profession: 'Social worker',
  passphrase: 'kettle orbit meadow violin',
  pin: '4071',
};

/** Tabs until the element matching `selector` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (
      await page
        .locator(selector)
        .evaluate((el) => el === document.activeElement)
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key.`);
}

/** Sets up a new team with the keyboard alone, as a new user would on a fresh PC. */
export async function createTeamByKeyboard(page: Page, team: NewTeam = defaultTeam): Promise<void> {
  return timed('createTeam', async () => {
    await page.getByRole('heading', { name: 'Welcome to Joined Up' }).waitFor();
    await tabTo(page, 'button:has-text("Set up a new team")');
    await page.keyboard.press('Enter');
    await tabTo(page, '#team-name');
    await page.keyboard.type(team.teamName);
    await page.keyboard.press('Tab');
    await page.keyboard.type(team.personName);
    await page.keyboard.press('Tab');
    await page.locator('#profession').selectOption({ label: team.profession });
    await tabTo(page, '#passphrase');
    await page.keyboard.type(team.passphrase);
    await tabTo(page, '#passphrase-again');
    await page.keyboard.type(team.passphrase);
    await page.keyboard.press('Enter');
    await choosePinByKeyboard(page, team.pin);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  });
}

/** Chooses a personal PIN on the "Choose your PIN" screen (the PIN field has focus when it opens). */
export async function choosePinByKeyboard(page: Page, pin: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Choose your PIN' }).waitFor();
  await tabTo(page, '#new-pin');
  await page.keyboard.type(pin);
  await tabTo(page, '#new-pin-again');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/** Opens the made-up demo team and signs in as its team leader, choosing a PIN for this PC. */
export async function openDemoTeam(page: Page, pin = '5820'): Promise<void> {
  return timed('openDemo', async () => {
    await timed('demoGeneration', async () => {
      await page.getByRole('button', { name: 'Open a demo team' }).click();
      await page.getByRole('heading', { level: 1, name: 'Choose your PIN' }).waitFor();
    });
    await choosePinByKeyboard(page, pin);
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  });
}
