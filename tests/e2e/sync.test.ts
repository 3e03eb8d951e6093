import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './harness/axe';
import { useBrowser } from './harness/browser';
import {
  addNewcomer,
  createTeamByKeyboard,
  defaultTeam,
  joinAsNewcomer,
  pageWithNewTeam,
} from './steps/firstRun';

const CASE_REFERENCE = 'JU-0042';
const SECOND_PERSON = 'Ben Clarke';

async function goToShareAndReceive(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Share and receive' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Share and receive' }).waitFor();
}

/** Saves the whole team to a file on this PC and returns the file's path. */
async function saveFile(page: Page): Promise<string> {
  await goToShareAndReceive(page);
  await page.locator('#export-passphrase').fill(defaultTeam.passphrase);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a file for another PC' }).click();
  const file = await download;
  // The team, the PC (named at first run, here with the name offered) and the day; nothing about any person.
  expect(file.suggestedFilename()).toMatch(
    /^north-locality-team-from-pc-[0-9a-f]{6}-\d{4}-\d{2}-\d{2}\.joinedup$/,
  );
  await page.getByText(/^Saved “/).waitFor();
  const path = await file.path();
  if (!path) throw new Error('The download was not saved.');
  return path;
}

async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

async function bringIn(page: Page, path: string): Promise<void> {
  await goToShareAndReceive(page);
  await chooseFile(page, 'Bring in a file', path);
  await page.locator('#import-passphrase').fill(defaultTeam.passphrase);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.getByRole('heading', { name: 'What this file holds' }).waitFor();
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await page.getByText('The file was brought in').waitFor();
}

async function setReviewDate(page: Page, caseHash: string, day: string, month: string, year: string) {
  await page.goto(`${page.url().split('#')[0]}${caseHash}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(CASE_REFERENCE) }).waitFor();
  await page.getByRole('button', { name: 'Change next review date' }).click();
  await page.locator('#review-nextReviewDate').fill(day);
  await page.locator('#review-nextReviewDate-month').fill(month);
  await page.locator('#review-nextReviewDate-year').fill(year);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Next review date saved.').waitFor();
}

/** The review date the case page shows, once its mark for a difference waiting for a decision is (or is not) there. */
async function reviewDateShown(page: Page, caseHash: string, waiting: boolean): Promise<string> {
  await page.goto(`${page.url().split('#')[0]}${caseHash}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(CASE_REFERENCE) }).waitFor();
  const row = page.locator('.summary-list__row', { hasText: 'Next review' }).first();
  // The mark is read apart from the case itself and may be drawn a moment after it.
  await row.getByText('Two values wait for a decision').waitFor({ state: waiting ? 'visible' : 'hidden' });
  return (await row.locator('dd').first().textContent()) ?? '';
}

/** A PC joins the team from a file as a seconded colleague who is not yet in the team's directory. */
async function joinAsSecondPerson(b: Page, path: string): Promise<void> {
  await b.getByRole('button', { name: 'Join from a file' }).click();
  await chooseFile(b, 'Choose the file', path);
  // A seconded colleague, not yet in the team's directory, adds themselves.
  await joinAsNewcomer(b, {
    name: SECOND_PERSON,
    profession: 'Health visitor',
    password: 'ana rows on sundays',
    pin: '2468',
  });
  await b.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** Sets a member's secondment dates through the person's edit form. */
async function setSecondment(page: Page, memberHash: string, field: 'start' | 'end', date: string) {
  await page.goto(`${page.url().split('#')[0]}${memberHash}/edit`);
  await page.getByLabel(`Secondment ${field}`).fill(date);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tom Reid' }).waitFor();
}

describe('two PCs sharing a team through files', () => {
  const { newPc } = useBrowser();

  it('join from a file, change the same detail on both, exchange both ways, and agree on it', async () => {
    const { page: a } = await newPc();
    const { page: b } = await newPc({ colorScheme: 'dark' });

    await createTeamByKeyboard(a);
    await a.goto(`${a.url().split('#')[0]}#/board/new`);
    await a.locator('#new-reference').fill(CASE_REFERENCE);
    await a.locator('#new-displayName').fill('Child A.');
    await a.getByRole('button', { name: 'Open the case' }).click();
    await a.getByRole('heading', { level: 1, name: new RegExp(CASE_REFERENCE) }).waitFor();
    const caseHash = `#${a.url().split('#')[1] ?? ''}`;
    expect(caseHash).toMatch(/^#\/board\/case\//);

    const first = await saveFile(a);
    expect((await readFile(first)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    // PC B joins from the file and picks its person.
    await b.getByRole('button', { name: 'Join from a file' }).click();
    await chooseFile(b, 'Choose the file', first);
    await b.locator('#join-passphrase').fill(defaultTeam.passphrase);
    await b.getByRole('button', { name: 'Open the file' }).click();
    await b.getByRole('heading', { name: 'What this file holds' }).waitFor();
    expect(await b.locator('.import-preview').textContent()).toContain(defaultTeam.teamName);
    expect(await b.locator('.import-preview').textContent()).toContain(defaultTeam.personName);
    await b.getByRole('button', { name: 'Join this team' }).click();
    // A seconded colleague, not yet in the team's directory, adds themselves with the leader beside them, who has
    // no PIN on this PC yet and vouches with their personal password.
    await addNewcomer(
      b,
      { name: SECOND_PERSON, profession: 'Health visitor', password: 'ana rows on sundays', pin: '2468' },
      { name: defaultTeam.personName, secret: defaultTeam.password },
    );
    await b.getByRole('navigation', { name: 'Sections' }).waitFor();

    // The same detail changed on both PCs, neither having seen the other's change.
    await setReviewDate(a, caseHash, '1', '5', '2027');
    await setReviewDate(b, caseHash, '1', '6', '2027');

    const fromA = await saveFile(a);
    const fromB = await saveFile(b);
    await bringIn(b, fromA);
    await bringIn(a, fromB);

    const shownOnA = await reviewDateShown(a, caseHash, true);
    const shownOnB = await reviewDateShown(b, caseHash, true);
    expect(shownOnA).toBe(shownOnB);
    expect(shownOnA).toMatch(/2027/);

    for (const page of [a, b]) {
      await goToShareAndReceive(page);
      await page.getByRole('heading', { name: `Case ${CASE_REFERENCE} — next review date` }).waitFor();
      const question = page.locator('.decision');
      expect(await question.count()).toBe(1);
      expect(await question.textContent()).toContain('1 May 2027');
      expect(await question.textContent()).toContain('1 June 2027');
      expect(await question.textContent()).toContain(`written by ${defaultTeam.personName}`);
      expect(await question.textContent()).toContain(`written by ${SECOND_PERSON}`);
    }
    await expectAccessible(a, 'Share and receive with a decision (light)');
    await expectAccessible(b, 'Share and receive with a decision (dark)');

    // Settling on A travels to B and clears the question there.
    await a.getByRole('button', { name: 'Keep this one' }).click();
    await a.getByText('Nothing needs a decision.').waitFor();
    await bringIn(b, await saveFile(a));
    await goToShareAndReceive(b);
    await b.getByText('Nothing needs a decision.').waitFor();
    expect(await reviewDateShown(b, caseHash, false)).toBe(await reviewDateShown(a, caseHash, false));
  }, 240_000);

  it('holds back a file from a PC whose clock is years ahead, naming it, until a team leader brings it in', async () => {
    const a = await pageWithNewTeam(newPc);
    const { page: b } = await newPc({ colorScheme: 'dark', clockAheadMs: 3 * 365 * 24 * 60 * 60 * 1000 });
    await joinAsSecondPerson(b, await saveFile(a));

    // B's person was added on B, three years ahead: A keeps B's file and says why, changing nothing.
    await goToShareAndReceive(a);
    await chooseFile(a, 'Bring in a file', await saveFile(b));
    await a.locator('#import-passphrase').fill(defaultTeam.passphrase);
    await a.getByRole('button', { name: 'Open the file' }).click();
    await a.getByText('The file was kept, not brought in').waitFor();
    const notice = a.getByText(/^The PC used by Ben Clarke has its clock about 3 years ahead of this PC’s/);
    await notice.waitFor();
    await a.getByRole('heading', { name: 'Waiting for a PC’s clock' }).waitFor();
    await expectAccessible(a, 'Share and receive with a file held back (light)');

    // A team leader who has checked that PC's clock may bring it in now, and is told what it does to this PC.
    await a
      .getByRole('button', { name: /^Bring it in now/ })
      .first()
      .click();
    const dialog = a.getByRole('alertdialog', { name: 'Bring it in now?' });
    await dialog.getByText(/This PC’s clock will move forward to/).waitFor();
    await dialog.getByRole('button', { name: 'Bring it in now' }).click();
    await a
      .getByText(/was brought in/)
      .first()
      .waitFor();
    // Now this PC holds changes dated years past its own clock, and says so, once, plainly.
    await a.getByText('This PC’s clock seems to be wrong').waitFor();
    await expectAccessible(a, 'a PC whose clock is behind what it holds (light)');
  }, 240_000);

  it('shows on a person’s page, in plain words, a secondment that ends before it starts after both PCs’ changes met', async () => {
    const a = await pageWithNewTeam(newPc);
    await a.goto(`${a.url().split('#')[0]}#/people/new-member`);
    await a.getByLabel('Name', { exact: true }).fill('Tom Reid');
    await a.getByLabel('Profession', { exact: true }).selectOption({ label: 'Police officer' });
    await a.getByLabel('Secondment start').fill('2027-01-01');
    await a.getByLabel('Secondment end').fill('2027-06-30');
    await a.getByRole('button', { name: 'Add to the directory' }).click();
    await a.getByRole('heading', { level: 1, name: 'Tom Reid' }).waitFor();
    const memberHash = `#${a.url().split('#')[1] ?? ''}`;
    const { page: b } = await newPc({ colorScheme: 'dark' });
    await joinAsSecondPerson(b, await saveFile(a));

    // Each change fits on its own PC; together they do not.
    await setSecondment(a, memberHash, 'start', '2027-03-01');
    await setSecondment(b, memberHash, 'end', '2027-02-01');
    await bringIn(b, await saveFile(a));

    await b.goto(`${b.url().split('#')[0]}${memberHash}`);
    await b.getByText('Secondment ends before it starts: two changes made on different PCs.').waitFor();
    await expectAccessible(b, 'a person’s page with a clash (dark)');
    // Saving dates that fit settles it.
    await setSecondment(b, memberHash, 'end', '2027-08-31');
    await b.getByText('Seconded until').first().waitFor();
    expect(await b.getByText(/Secondment ends before it starts/).count()).toBe(0);
  }, 240_000);

  it('refuses a file opened with the wrong passphrase, in plain words', async () => {
    const a = await pageWithNewTeam(newPc);
    const path = await saveFile(a);
    const { page: b } = await newPc();
    await b.getByRole('button', { name: 'Join from a file' }).click();
    await chooseFile(b, 'Choose the file', path);
    await b.locator('#join-passphrase').fill('not the passphrase');
    await b.getByRole('button', { name: 'Open the file' }).click();
    await b.getByText(/That passphrase does not open this file/).waitFor();
    await expectAccessible(b, 'joining with a wrong passphrase');
  }, 120_000);
});
