// The team folder in Chromium. A browser's folder picker cannot be driven by a test, so each PC's picker is a test
// double that hands the app a folder in the browser's own private storage (the origin private file system, a real
// File System Access folder), and the test itself plays the file-sync tool: it copies every finished file from one
// PC's folder to the other's. Everything between the picker and the folder is the app's own code.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './harness/axe';
import { useBrowser } from './harness/browser';
import { createTeamByKeyboard, defaultTeam, joinAsNewcomer, tabTo } from './steps/firstRun';

const CASE_REFERENCE = 'JU-0107';
const SECOND_PERSON = 'Priya Shah';

/** Replaces the folder picker with a folder in the PC's private browser storage. */
async function pickerGivesPrivateFolder(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Reflect.set(window, 'showDirectoryPicker', async () => {
      const root = await navigator.storage.getDirectory();
      return root.getDirectoryHandle('Team folder', { create: true });
    });
  });
}

type Files = Record<string, string>;

/** Every finished file in the PC's team folder, as base64. */
async function filesIn(page: Page): Promise<Files> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('Team folder', { create: true });
    const found: Record<string, string> = {};
    for await (const entry of folder.values()) {
      if (entry.kind !== 'file' || entry.name.endsWith('.tmp')) continue;
      const bytes = new Uint8Array(await (await entry.getFile()).arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      found[entry.name] = btoa(text);
    }
    return found;
  });
}

async function putFiles(page: Page, files: Files): Promise<void> {
  await page.evaluate(async (incoming) => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('Team folder', { create: true });
    for (const [name, base64] of Object.entries(incoming)) {
      const text = atob(base64);
      const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(bytes);
      await writable.close();
    }
  }, files);
}

/** The sync tool: copies files each PC lacks (or holds an older copy of) from the other. */
async function carryFiles(a: Page, b: Page): Promise<void> {
  const [onA, onB] = [await filesIn(a), await filesIn(b)];
  const missing = (from: Files, to: Files): Files =>
    Object.fromEntries(Object.entries(from).filter(([name, bytes]) => to[name] !== bytes));
  await putFiles(b, missing(onA, onB));
  await putFiles(a, missing(onB, onA));
}

async function goToShareAndReceive(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Share and receive/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Share and receive' }).waitFor();
}

/** Carries files and asks each PC to look, until both say they are up to date with the other. */
async function carryUntilInStep(a: Page, b: Page): Promise<void> {
  const inStep = (page: Page) =>
    page
      .locator('.app-folder-status', { hasText: /^Up to date with 1 PC/ })
      .isVisible()
      .catch(() => false);
  await expect
    .poll(
      async () => {
        await carryFiles(a, b);
        for (const page of [a, b]) {
          const look = page.getByRole('button', { name: 'Look at the folder now' });
          if ((await look.isVisible()) && (await look.isEnabled())) await look.click();
        }
        return (await inStep(a)) && (await inStep(b));
      },
      { timeout: 90_000, interval: 500 },
    )
    .toBe(true);
}

/** Chooses the team folder with the keyboard; the PC was named when its team was set up or joined on it. */
async function chooseFolder(page: Page, pcName: string): Promise<void> {
  await goToShareAndReceive(page);
  await page.getByRole('heading', { level: 2, name: 'Team folder' }).waitFor();
  await page.getByText(`This PC is called ${pcName}.`).waitFor();
  await tabTo(page, '#folder-passphrase');
  await page.keyboard.type(defaultTeam.passphrase);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stop using this folder' }).waitFor();
  await page.locator('.summary-list__row', { hasText: pcName }).waitFor();
}

async function setReviewDate(page: Page, caseHash: string, month: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}${caseHash}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(CASE_REFERENCE) }).waitFor();
  await page.getByRole('button', { name: 'Change next review date' }).click();
  await page.locator('#review-nextReviewDate').fill('1');
  await page.locator('#review-nextReviewDate-month').fill(month);
  await page.locator('#review-nextReviewDate-year').fill('2027');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Next review date saved.').waitFor();
}

describe('two PCs keeping each other up to date through a team folder (the folder picker is a test double)', () => {
  const { newPc } = useBrowser();

  it('choose the folder, see where each PC stands, count a difference to decide, find it marked on the case page, and stop using it', async () => {
    const { context: contextA, page: a } = await newPc();
    await pickerGivesPrivateFolder(contextA);
    await a.reload();
    await createTeamByKeyboard(a, { ...defaultTeam, pcName: 'Front office PC' });
    await a.goto(`${a.url().split('#')[0]}#/board/new`);
    await a.locator('#new-reference').fill(CASE_REFERENCE);
    await a.locator('#new-displayName').fill('Child B.');
    await a.getByRole('button', { name: 'Open the case' }).click();
    await a.getByRole('heading', { level: 1, name: new RegExp(CASE_REFERENCE) }).waitFor();
    const caseHash = `#${a.url().split('#')[1] ?? ''}`;

    await goToShareAndReceive(a);
    await a.locator('#folder-passphrase').waitFor();
    // Named at first run, so not asked again here.
    expect(await a.getByText('Name this PC').count()).toBe(0);
    await expectAccessible(a, 'Share and receive before a team folder is chosen (light)');

    // No passphrase: the form says what is missing.
    await a.getByRole('button', { name: 'Choose the team folder' }).click();
    await a.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await chooseFolder(a, 'Front office PC');
    await a.locator('.app-folder-status', { hasText: 'No other PC uses the team folder yet' }).waitFor();
    await expectAccessible(a, 'Share and receive with the team folder in use (light)');

    // PC B joins from the folder's full file: it is the same encrypted file a person would carry.
    const fullFile = Object.entries(await filesIn(a)).find(([name]) => name.endsWith(' full.joinedup'));
    expect(fullFile).toBeDefined();
    const { context: contextB, page: b } = await newPc({ colorScheme: 'dark' });
    await pickerGivesPrivateFolder(contextB);
    await b.reload();
    await b.getByRole('button', { name: 'Join from a file' }).click();
    // The first screen of joining names the PC, offering a name the person types over.
    await b.getByRole('heading', { name: 'Join your team from a file' }).waitFor();
    await expectAccessible(b, 'joining a team, asked for this PC’s name (dark)');
    // Listened for before typing: the test's browser catches a chooser only once it has been told to, and a single
    // key press can outrun that message where a click (which first checks the button) does not.
    const chooser = b.waitForEvent('filechooser');
    await tabTo(b, '#join-pc-name');
    await b.keyboard.press('ControlOrMeta+A');
    await b.keyboard.type('Health visitor laptop');
    await b.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({
      name: fullFile?.[0] ?? 'team.joinedup',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(fullFile?.[1] ?? '', 'base64'),
    });
    // Sam, a team leader, is beside Priya and vouches for her with his personal password (he has no PIN on PC B).
    await joinAsNewcomer(b, {
      name: SECOND_PERSON,
      profession: 'Health visitor',
      password: 'priya cycles to school',
      pin: '2468',
    });
    await chooseFolder(b, 'Health visitor laptop');

    await carryUntilInStep(a, b);
    await goToShareAndReceive(a);
    const peerRow = a
      .getByRole('table', { name: 'Other PCs using the folder' })
      .getByRole('row', { name: /Health visitor laptop/ });
    await peerRow.waitFor();
    expect(await peerRow.textContent()).toContain(SECOND_PERSON);
    // What came in through the folder, counted, one row for each PC's files of a day.
    await a.getByText(/^This PC has brought in \d+ files?\. All are below\./).waitFor();
    await a
      .getByRole('table', { name: 'Files brought in, the newest first' })
      .getByRole('row', {
        name: new RegExp(`^Today Health visitor laptop \\(${SECOND_PERSON}\\) \\d+ files?`),
      })
      .waitFor();
    await expectAccessible(b, 'Share and receive up to date through the team folder (dark)');

    // The same detail changed on both PCs, and each PC's file of it written, before either saw the other's change.
    const before = [Object.keys(await filesIn(a)), Object.keys(await filesIn(b))] as const;
    await setReviewDate(a, caseHash, '5');
    await setReviewDate(b, caseHash, '6');
    const newChangeFile = async (page: Page, known: readonly string[]) =>
      Object.keys(await filesIn(page)).some(
        (name) => name.endsWith(' changes.joinedup') && !known.includes(name),
      );
    await expect.poll(() => newChangeFile(a, before[0]), { timeout: 60_000, interval: 500 }).toBe(true);
    await expect.poll(() => newChangeFile(b, before[1]), { timeout: 60_000, interval: 500 }).toBe(true);

    const counted = (page: Page) =>
      page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: /^Share and receive\W+1 difference needs a decision$/ })
        .isVisible();
    await expect
      .poll(
        async () => {
          await carryFiles(a, b);
          return (await counted(a)) && (await counted(b));
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
    // The case page marks the field, and its link leads to where it is settled.
    await b.goto(`${b.url().split('#')[0]}${caseHash}`);
    const mark = b.getByRole('link', { name: /^Two values wait for a decision about the next review date/ });
    await mark.waitFor();
    await expectAccessible(b, 'a case page with a field waiting for a decision (dark)');
    await mark.click();
    await b.getByRole('heading', { level: 1, name: 'Share and receive' }).waitFor();
    await b.locator('.decision').waitFor();
    await expectAccessible(b, 'Share and receive with a difference from the team folder (dark)');

    // High contrast colours on the running folder.
    await a.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await a.locator('label.radio', { hasText: 'High contrast' }).click();
    await a.getByText('Colours set to high contrast.').waitFor();
    // Renamed in Settings: the folder goes on under the new name.
    await tabTo(a, '#settings-pc-name');
    await a.keyboard.press('ControlOrMeta+A');
    await a.keyboard.type('Reception desk');
    await a.keyboard.press('Enter');
    await a.getByText('This PC is now called “Reception desk”.', { exact: false }).waitFor();
    await goToShareAndReceive(a);
    await a.getByRole('button', { name: 'Stop using this folder' }).waitFor();
    await a.locator('.summary-list__row', { hasText: 'Reception desk' }).waitFor();
    await expectAccessible(a, 'Share and receive with the team folder in use (high contrast)');

    // Stopping: asked first, then the frame's line goes and the folder can be chosen again.
    await a.getByRole('button', { name: 'Stop using this folder' }).click();
    await a.getByRole('alertdialog').getByRole('button', { name: 'Stop using the folder' }).click();
    await a.getByRole('button', { name: 'Choose the team folder' }).waitFor();
    expect(await a.locator('.app-folder-status').count()).toBe(0);
  }, 300_000);
});
