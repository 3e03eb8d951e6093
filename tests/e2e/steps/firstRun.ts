import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Pc, PcOptions } from '../harness/browser';
import { timed } from '../harness/phaseTimes';

export interface NewTeam {
  teamName: string;
  personName: string;
  profession: string;
  passphrase: string;
  /** The creator's personal password, which shows who they are on any of the team's PCs. */
  password: string;
  /** The creator's personal PIN on this PC, chosen right after the team is set up. */
  pin: string;
  /** A name for this PC, typed over the one offered; the offered one is kept when absent. */
  pcName?: string;
  /** The wellbeing framework's code (`wales`), chosen with the arrow keys; SHANARRI is kept when absent. */
  wellbeing?: string;
}

export const defaultTeam: NewTeam = {
  teamName: 'North Locality Team',
  personName: 'Sam Okafor',
  profession: 'Social worker',
  passphrase: 'kettle orbit meadow violin',
  password: 'sam takes the long road',
  pin: '4071',
};

/**
 * Tabs until an element matching `selector` has focus; fails after `limit` presses. Asks without waiting for the
 * element: some appear only once focus comes near them (a board card's "Move to…" button).
 */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    const focused = await page
      .locator(selector)
      .evaluateAll((elements) => elements.some((element) => element === document.activeElement));
    if (focused) return;
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
    if (team.wellbeing !== undefined) {
      await tabTo(page, '#wellbeing-framework input[type="radio"]:checked');
      const wanted = page.locator(`#wellbeing-framework input[value="${team.wellbeing}"]`);
      for (let presses = 0; presses < 4 && !(await wanted.isChecked()); presses += 1) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await wanted.isChecked()).toBe(true);
    }
    await tabTo(page, '#passphrase');
    await page.keyboard.type(team.passphrase);
    await tabTo(page, '#passphrase-again');
    await page.keyboard.type(team.passphrase);
    await tabTo(page, '#password');
    await page.keyboard.type(team.password);
    await tabTo(page, '#password-again');
    await page.keyboard.type(team.password);
    if (team.pcName !== undefined) {
      await tabTo(page, '#pc-name');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(team.pcName);
    }
    await page.keyboard.press('Enter');
    await choosePinByKeyboard(page, team.pin);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  });
}

/**
 * Opens the team with its passphrase, with the keyboard: the screen Joined Up shows first when it starts (or the
 * window reloads) on a PC, before anyone signs in.
 */
export async function unlockTeamByKeyboard(page: Page, team: NewTeam = defaultTeam): Promise<void> {
  await page.getByRole('heading', { level: 1, name: `Open ${team.teamName}` }).waitFor();
  await tabTo(page, '#unlock-passphrase');
  await page.keyboard.type(team.passphrase);
  await page.keyboard.press('Enter');
}

/**
 * Types a new secret twice on the screen headed `screen`, into the two fields NewSecretFields draws (`#id` and
 * `#id-again`), and submits.
 */
async function chooseSecretByKeyboard(page: Page, screen: string, id: string, secret: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: screen }).waitFor();
  await tabTo(page, `#${id}`);
  await page.keyboard.type(secret);
  await tabTo(page, `#${id}-again`);
  await page.keyboard.type(secret);
  await page.keyboard.press('Enter');
}

/** Chooses a personal PIN on the "Choose your PIN" screen (the PIN field has focus when it opens). */
export function choosePinByKeyboard(page: Page, pin: string): Promise<void> {
  return chooseSecretByKeyboard(page, 'Choose your PIN', 'new-pin', pin);
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

export interface Newcomer {
  name: string;
  profession: string;
  password: string;
  pin: string;
}

/**
 * A team leader at the PC vouches for the person being signed in: picks their own name and proves it is them with
 * their PIN on this PC (or their personal password where they have none here).
 */
export async function vouchAsLeader(page: Page, leaderName: string, secret: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'A team leader vouches for you' }).waitFor();
  // The radio's own input is visually hidden; a person clicks its label.
  await page.locator('label.radio', { hasText: leaderName }).click();
  const field = page.getByLabel(new RegExp(`^${leaderName}’s (PIN|personal password)$`));
  await field.fill(secret);
  await field.press('Enter');
}

/** Chooses a personal password, typed twice, on the "Choose your personal password" screen. */
export function choosePasswordByKeyboard(page: Page, password: string): Promise<void> {
  return chooseSecretByKeyboard(page, 'Choose your personal password', 'new-password', password);
}

/**
 * From the list of people: someone new to the team, with a leader beside them who vouches for them, adds
 * themselves, chooses their personal password and their PIN on this PC.
 */
export async function addNewcomer(
  page: Page,
  person: Newcomer,
  leader: { name: string; secret: string } = { name: defaultTeam.personName, secret: defaultTeam.pin },
): Promise<void> {
  await page.getByRole('button', { name: 'I am not in the list' }).click();
  await vouchAsLeader(page, leader.name, leader.secret);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Your profession').selectOption({ label: person.profession });
  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await choosePasswordByKeyboard(page, person.password);
  await choosePinByKeyboard(page, person.pin);
}

/**
 * On a PC joining from a team's file, once the file is chosen: opens it with the team's passphrase, joins, and a
 * newcomer adds themselves with the team's leader beside them, who has no PIN on this PC and vouches with their
 * personal password.
 */
export async function joinAsNewcomer(page: Page, person: Newcomer): Promise<void> {
  await page.locator('#join-passphrase').fill(defaultTeam.passphrase);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.getByRole('button', { name: 'Join this team' }).click();
  await addNewcomer(page, person, { name: defaultTeam.personName, secret: defaultTeam.password });
}

/** Opens a fresh PC and sets up a new team on it by keyboard, where most tests start; returns the PC's page. */
export async function pageWithNewTeam(
  newPc: (options?: PcOptions) => Promise<Pc>,
  options?: PcOptions,
): Promise<Page> {
  const { page } = await newPc(options);
  await createTeamByKeyboard(page);
  return page;
}
