import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './harness/axe';
import { useBrowser } from './harness/browser';
import { launchChromiumProfile } from './harness/chromium';
import { createTeamByKeyboard, defaultTeam, pageWithNewTeam, unlockTeamByKeyboard } from './steps/firstRun';

const CHILD = 'Lily Hartwell';
const REFERENCE = 'JU-4711';
const NOTE = 'Police called to the flat at two in the morning';

async function addCase(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/board/new`);
  await page.locator('#new-reference').fill(REFERENCE);
  await page.locator('#new-displayName').fill(CHILD);
  await page.getByRole('button', { name: 'Open the case' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(REFERENCE) }).waitFor();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('What happened').fill(NOTE);
  await page.getByRole('button', { name: 'Add the entry' }).click();
  await page.getByText('Entry added to the chronology.').waitFor();
}

/** Every file under a folder, read whole. */
async function filesUnder(folder: string): Promise<Buffer[]> {
  const found: Buffer[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(await readFile(join(entry.parentPath, entry.name)));
  }
  return found;
}

/** Does any file hold the text, as Chromium may store it: one byte a letter, or two (UTF-16)? */
function anyHolds(files: readonly Buffer[], text: string): boolean {
  const forms = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return files.some((file) => forms.some((form) => file.includes(form)));
}

describe('the team’s records on the PC’s disk', () => {
  it('are not in the browser profile’s IndexedDB files once written through the app', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'joinedup-profile-'));
    try {
      const context = await launchChromiumProfile(profile, { width: 1280, height: 900 });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(inject('baseUrl'));
      await createTeamByKeyboard(page);
      await addCase(page);
      // Closing the browser writes out what IndexedDB still held in memory.
      await context.close();

      const files = await filesUnder(join(profile, 'Default', 'IndexedDB'));
      // The PC's list of teams keeps each team's name readable, so the start screen can say which to open: the
      // search finds it, which shows that it would find the others.
      expect(anyHolds(files, defaultTeam.teamName)).toBe(true);
      for (const text of [CHILD, REFERENCE, NOTE, defaultTeam.personName]) {
        expect(anyHolds(files, text), text).toBe(false);
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('opening the team when Joined Up starts', () => {
  const { newPc } = useBrowser();

  it('says plainly that a wrong passphrase does not open the team, and then opens it with the right one', async () => {
    const page = await pageWithNewTeam(newPc);
    await addCase(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Open ${defaultTeam.teamName}` }).waitFor();
    await page.getByLabel('Team passphrase').fill('kettle orbit meadow');
    await page.getByRole('button', { name: 'Open the team' }).click();
    await page.getByRole('link', { name: /That passphrase does not open this team/ }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(CHILD);

    await page.getByLabel('Team passphrase').fill('');
    await unlockTeamByKeyboard(page);
    // The person was signed in in this window before the reload, so the case opens again as they left it.
    await page.getByRole('heading', { level: 1, name: new RegExp(`${REFERENCE} ${CHILD}`) }).waitFor();
  });

  for (const theme of ['light', 'dark', 'high contrast'] as const) {
    it(`passes the accessibility checks in the ${theme} colours`, async () => {
      const page = await pageWithNewTeam(newPc, { colorScheme: theme === 'dark' ? 'dark' : 'light' });
      if (theme === 'high contrast') {
        await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link', { name: 'Settings' })
          .click();
        await page.locator('label.radio', { hasText: 'High contrast' }).click();
        await page.getByText('Colours set to high contrast.').waitFor();
      }
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Open ${defaultTeam.teamName}` }).waitFor();
      await expectAccessible(page, `the team passphrase screen (${theme})`);
      await page.getByText('Forgotten the passphrase?').click();
      await page.getByRole('button', { name: 'Take the team off this PC and join again' }).click();
      await page.getByRole('alertdialog').waitFor();
      await expectAccessible(page, `taking the team off this PC (${theme})`);
    });
  }
});
