import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { choosePinByKeyboard, createTeamByKeyboard, defaultTeam, openDemoTeam } from './steps/firstRun';

const CASE_NAME = /Child [A-Z]+\./;

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
    const { page } = await newPc();
    await createTeamByKeyboard(page);

    // Sam (the team's creator, a leader) changes how long closed cases are kept.
    await openSettingsPage(page, 'Keeping closed cases');
    await page.getByLabel('Keep closed cases for this many months after they close').fill('60');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Closed cases are now kept for 60 months after they close.').waitFor();

    // Ana sits down: two keys open the list, she adds herself and chooses her PIN.
    await page.keyboard.press('Control+Shift+S');
    await page
      .getByRole('heading', { level: 1, name: `Who is working on ${defaultTeam.teamName}?` })
      .waitFor();
    await page.getByRole('button', { name: 'I am not in the list' }).click();
    await page.getByLabel('Your name').fill('Ana Silva');
    await page.getByLabel('Your profession').selectOption({ label: 'Health visitor' });
    await page.getByRole('button', { name: 'Add me and continue' }).click();
    await choosePinByKeyboard(page, '5193');
    await page.locator('[data-access-screen]').waitFor({ state: 'detached' });
    expect(await headerText(page)).toContain('Working as Ana Silva');

    await openSettingsPage(page, 'Change history');
    const history = page.locator('.audit-list');
    await history.getByText('Ana Silva added team member Ana Silva').waitFor();
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

    // Sam makes Ana a team leader: the change carries his name.
    await page.getByRole('heading', { level: 1, name: 'Roles and PINs' }).waitFor();
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

  it('asks for the PIN again after a reload of a locked screen', async () => {
    const { page } = await newPc();
    await createTeamByKeyboard(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
    await page.getByLabel('Sam Okafor’s PIN').fill(defaultTeam.pin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
  });
});

describe('the sign-in, lock and records screens', () => {
  const { newPc } = useBrowser();

  it('pass the accessibility checks in the light and dark themes', async () => {
    const { page } = await newPc();
    await createTeamByKeyboard(page);
    for (const link of ['Change history', 'Roles and PINs', 'Recently deleted', 'Keeping closed cases']) {
      await openSettingsPage(page, link);
      await expectAccessibleLightAndDark(page, link);
    }
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Joined Up is locked' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the lock screen');
    await page.getByRole('button', { name: 'Someone else? Switch person' }).click();
    await page.getByRole('heading', { level: 1, name: /Who is working on/ }).waitFor();
    await expectAccessibleLightAndDark(page, 'the list of people');
    await page.getByRole('button', { name: 'I am not in the list' }).click();
    await page.getByLabel('Your name').fill('Ana Silva');
    await page.getByLabel('Your profession').selectOption({ label: 'Health visitor' });
    await page.getByRole('button', { name: 'Add me and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your PIN' }).waitFor();
    await expectAccessibleLightAndDark(page, 'choosing a PIN');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the sign-in screen');
  });
});
