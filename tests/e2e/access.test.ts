import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessibleInAllColours } from './harness/axe';
import { useBrowser } from './harness/browser';
import {
  addNewcomer,
  choosePasswordByKeyboard,
  choosePinByKeyboard,
  defaultTeam,
  openDemoTeam,
  pageWithNewTeam,
  unlockTeamByKeyboard,
  vouchAsLeader,
  type Newcomer,
} from './steps/firstRun';

const CASE_NAME = /Child [A-Z]+\./;
const HALF_TYPED = 'Mum said she is scared of her ex-partner coming back';
const ANA: Newcomer = {
  name: 'Ana Silva',
  profession: 'Health visitor',
  password: 'ana rows on sundays',
  pin: '5193',
};

async function openSettingsPage(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function headerText(page: Page): Promise<string> {
  return (await page.locator('.app-header').textContent()) ?? '';
}

async function unlockWith(page: Page, pin: string): Promise<void> {
  await page.getByLabel(/’s PIN$/).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('[data-access-screen]').waitFor({ state: 'detached' });
}

describe('two people taking turns on one shared PC', () => {
  const { newPc } = useBrowser();

  it('signs each change with the name of the person signed in, and keeps leader tasks to leaders', async () => {
    const page = await pageWithNewTeam(newPc);

    // Sam (the team's creator, a leader) changes how long closed cases are kept.
    await openSettingsPage(page, 'Keeping closed cases');
    await page.getByLabel('Keep closed cases for this many months after they close').fill('60');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Closed cases are now kept for 60 months after they close.').waitFor();

    // Ana sits down: two keys open the list; with Sam vouching for her, she adds herself and chooses her password
    // and PIN.
    await page.keyboard.press('Control+Shift+S');
    await page
      .getByRole('heading', { level: 1, name: `Who is working on ${defaultTeam.teamName}?` })
      .waitFor();
    await addNewcomer(page, ANA);
    await page.locator('[data-access-screen]').waitFor({ state: 'detached' });
    expect(await headerText(page)).toContain('Working as Ana Silva');

    await openSettingsPage(page, 'Change history');
    const history = page.locator('.audit-list');
    await history.getByText('Ana Silva added team member Ana Silva').waitFor();
    await history
      .getByText('Sam Okafor vouched in person for team member Ana Silva', { exact: false })
      .waitFor();
    expect(await history.innerText()).toMatch(
      /Sam Okafor changed the closed case retention months of the team on/,
    );

    // Ana is a team member: she sees the roles but cannot change them.
    await page.getByRole('link', { name: 'Back to settings' }).click();
    await page.getByRole('link', { name: 'Roles and PINs' }).click();
    await page.getByText('Only a team leader can change roles or clear PINs.').waitFor();
    expect(await page.getByRole('combobox', { name: /Role of/ }).count()).toBe(0);

    // Sam comes back; a mistyped PIN is refused, and repeated wrong tries make him wait.
    await page.getByRole('button', { name: 'Switch person' }).click();
    await page.locator('label.radio', { hasText: 'Sam Okafor' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (let tries = 0; tries < 3; tries += 1) {
      const pinBox = page.getByLabel('Sam Okafor’s PIN');
      await pinBox.fill('9990');
      await page.getByRole('button', { name: 'Unlock' }).click();
      // A checked PIN is cleared from the box; wait for that, so the next try is not typed while this one is checked.
      await expect.poll(() => pinBox.inputValue(), { timeout: 30_000 }).toBe('');
      await page.getByText('That PIN is not right.', { exact: false }).waitFor();
    }
    await page.getByText(/You can try again in \d seconds?\./).waitFor();
    await page
      .getByRole('button', { name: 'Unlock' })
      .and(page.locator(':enabled'))
      .waitFor({ timeout: 10_000 });
    await unlockWith(page, defaultTeam.pin);
    expect(await headerText(page)).toContain('Working as Sam Okafor');

    // Sam is back where he left off (his own page, not Ana's), and makes Ana a team leader: the change carries
    // his name.
    await page.getByRole('heading', { level: 1, name: 'Keeping closed cases' }).waitFor();
    await openSettingsPage(page, 'Roles and PINs');
    await page.getByRole('combobox', { name: 'Role of Ana Silva' }).selectOption({ label: 'Team leader' });
    await page.getByText('Ana Silva is now a team leader.').waitFor();
    await page.getByRole('combobox', { name: 'Role of Ana Silva' }).selectOption({ label: 'Team member' });
    await page.getByText('Ana Silva is now a team member.').waitFor();
    // The last leader cannot step down.
    await page.getByRole('combobox', { name: 'Role of Sam Okafor' }).selectOption({ label: 'Team member' });
    await page.getByText('The team must keep at least one team leader.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Back to settings' }).click();
    await page.getByRole('link', { name: 'Change history' }).click();
    await page
      .locator('.audit-list')
      .getByText(/Sam Okafor changed the team role of team member Ana Silva on/)
      .first()
      .waitFor();
  });
});

describe('a passer-by at a shared PC', () => {
  const { newPc } = useBrowser();

  async function toTheList(page: Page): Promise<void> {
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await page.getByRole('button', { name: 'Someone else? Switch person' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Who is working on ${defaultTeam.teamName}?` })
      .waitFor();
  }

  async function pickFromList(page: Page, name: string): Promise<void> {
    await page.locator('label.radio', { hasText: name }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('can neither add themselves nor take on a colleague with no PIN here, and a leader vouching lets them in', async () => {
    const page = await pageWithNewTeam(newPc);

    // Adding yourself needs a leader here: the passer-by cannot get past the leader's PIN.
    await toTheList(page);
    await page.getByRole('button', { name: 'I am not in the list' }).click();
    await page.getByRole('heading', { level: 1, name: 'A team leader vouches for you' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    await page.locator('label.radio', { hasText: defaultTeam.personName }).click();
    await page.getByLabel(`${defaultTeam.personName}’s PIN`).fill('9990');
    await page.getByRole('button', { name: 'Vouch for this new colleague' }).click();
    await page.getByText('That PIN is not right. Check it and try again.').waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);

    // Sam, beside the newcomer, vouches for Ana; she sets her password and PIN.
    await vouchAsLeader(page, defaultTeam.personName, defaultTeam.pin);
    await page.getByLabel('Your name').fill(ANA.name);
    await page.getByLabel('Your profession').selectOption({ label: ANA.profession });
    await page.getByRole('button', { name: 'Add me and continue' }).click();
    await choosePasswordByKeyboard(page, ANA.password);
    await choosePinByKeyboard(page, ANA.pin);
    await page.getByText(`Working as ${ANA.name}`).waitFor();

    // Sam clears Ana's PIN on this PC: she now has none here.
    await page.getByRole('button', { name: 'Switch person' }).click();
    await pickFromList(page, defaultTeam.personName);
    await unlockWith(page, defaultTeam.pin);
    await openSettingsPage(page, 'Roles and PINs');
    await page.getByRole('button', { name: `Clear ${ANA.name}’s PIN` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Clear the PIN' }).click();
    await page.getByText(`${ANA.name}’s PIN was cleared.`, { exact: false }).waitFor();

    // A passer-by picks Ana: asked for her password, not a new PIN, and a guess is refused.
    await toTheList(page);
    await pickFromList(page, ANA.name);
    await page.getByRole('heading', { level: 1, name: 'Show it is you' }).waitFor();
    expect(await page.getByLabel('Choose a PIN').count()).toBe(0);
    await page.getByLabel(`${ANA.name}’s personal password`).fill('a lucky guess');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('That password is not right. Check it and try again.').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(`Working as ${ANA.name}`);

    // Ana herself comes back with her password and chooses a new PIN.
    await page.getByLabel(`${ANA.name}’s personal password`).fill(ANA.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await choosePinByKeyboard(page, '2580');
    await page.getByText(`Working as ${ANA.name}`).waitFor();
  });
});

describe('what a person typed and did not save', () => {
  const { newPc } = useBrowser();

  it('is not shown to the next person after a lock and switch, and comes back for its author', async () => {
    const page = await pageWithNewTeam(newPc);
    await page.goto(`${page.url().split('#')[0]}#/board/new`);
    await page.locator('#new-reference').fill('JU-0042');
    await page.locator('#new-displayName').fill('Child A.');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: /JU-0042/ }).waitFor();

    // Sam starts recording what the child's mother said, and is called away.
    await page.getByRole('button', { name: 'Record a view' }).click();
    await page.getByLabel('What they said').fill(HALF_TYPED);
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await page.getByRole('button', { name: 'Someone else? Switch person' }).click();
    await addNewcomer(page, ANA);
    await page.getByText(`Working as ${ANA.name}`).waitFor();

    // Ana finds the same case with nothing of Sam's typing, and a form she opens is empty.
    await page.getByRole('heading', { level: 1, name: /JU-0042/ }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(HALF_TYPED);
    await page.getByRole('button', { name: 'Record a view' }).click();
    expect(await page.getByLabel('What they said').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Sam comes back: his form is open again with what he typed, and it is saved under his name.
    await page.getByRole('button', { name: 'Switch person' }).click();
    await page.locator('label.radio', { hasText: defaultTeam.personName }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await unlockWith(page, defaultTeam.pin);
    expect(await page.getByLabel('What they said').inputValue()).toBe(HALF_TYPED);
    await page.getByRole('button', { name: 'Record the view' }).click();
    await page.getByText(`Recorded by ${defaultTeam.personName}`).waitFor();
  });
});

describe('locking a shared PC', () => {
  const { newPc } = useBrowser();

  it('locks after the chosen quiet time, hides everyone’s details, and unlocks to the same place', async () => {
    const { page } = await newPc();
    await page.clock.install();
    await page.reload();
    await openDemoTeam(page);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Lock the screen after this many minutes without use').fill('1');
    await page.getByRole('button', { name: 'Save locking time' }).click();
    await page.getByText('The screen will now lock after 1 minute without use.').waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Board' }).click();
    await page.getByText(CASE_NAME).first().waitFor();

    // Nobody touches the PC for over a minute.
    await page.clock.fastForward('01:10');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    const lockedText = await page.locator('body').innerText();
    expect(lockedText).not.toMatch(CASE_NAME);
    expect(lockedText).toContain('Aisha Scott was working here');
    expect(await page.locator('.access-content').getAttribute('inert')).not.toBeNull();
    expect(await page.locator('.access-content').getAttribute('aria-hidden')).toBe('true');

    await unlockWith(page, '5820');
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    await page.getByText(CASE_NAME).first().waitFor();

    // Half-way through typing, the person locks the screen with two keys; nothing typed is lost.
    await openSettingsPage(page, 'Change history');
    const search = page.getByLabel('Reference or name');
    await search.fill('JU-00');
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await unlockWith(page, '5820');
    expect(await search.inputValue()).toBe('JU-00');
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Change history');
  });

  it('asks for the team passphrase, then the PIN, after a reload of a locked screen', async () => {
    const page = await pageWithNewTeam(newPc);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await page.reload();
    await unlockTeamByKeyboard(page);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
    await page.getByLabel('Sam Okafor’s PIN').fill(defaultTeam.pin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  });
});

describe('the sign-in, lock and records screens', () => {
  const { newPc } = useBrowser();

  it('pass the accessibility checks in light, dark and high contrast colours', async () => {
    const page = await pageWithNewTeam(newPc);
    for (const link of [
      'Change history',
      'Changes for a leader to review',
      'Roles and PINs',
      'Privacy in the team',
      'Recently deleted',
      'Keeping closed cases',
    ]) {
      await openSettingsPage(page, link);
      await expectAccessibleInAllColours(page, link);
    }
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await expectAccessibleInAllColours(page, 'the lock screen');
    await page.getByRole('button', { name: 'Someone else? Switch person' }).click();
    await page.getByRole('heading', { level: 1, name: /Who is working on/ }).waitFor();
    await expectAccessibleInAllColours(page, 'the list of people');
    await page.getByRole('button', { name: 'I am not in the list' }).click();
    await page.getByRole('heading', { level: 1, name: 'A team leader vouches for you' }).waitFor();
    await page.locator('label.radio', { hasText: defaultTeam.personName }).click();
    await page.getByLabel(`${defaultTeam.personName}’s PIN`).waitFor();
    await expectAccessibleInAllColours(page, 'a leader vouching');
    await page.getByLabel(`${defaultTeam.personName}’s PIN`).fill(defaultTeam.pin);
    await page.getByLabel(`${defaultTeam.personName}’s PIN`).press('Enter');
    await page.getByLabel('Your name').fill(ANA.name);
    await page.getByLabel('Your profession').selectOption({ label: ANA.profession });
    await page.getByRole('button', { name: 'Add me and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your personal password' }).waitFor();
    await expectAccessibleInAllColours(page, 'choosing a personal password');
    await choosePasswordByKeyboard(page, ANA.password);
    await page.getByRole('heading', { level: 1, name: 'Choose your PIN' }).waitFor();
    await expectAccessibleInAllColours(page, 'choosing a PIN');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Open ${defaultTeam.teamName}` }).waitFor();
    await expectAccessibleInAllColours(page, 'the team passphrase screen');
    await unlockTeamByKeyboard(page);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessibleInAllColours(page, 'the sign-in screen');
  });
});
