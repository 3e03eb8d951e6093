import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectAccessibleInAllColours, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { pageWithNewTeam } from './steps/firstRun';
import { daysAhead, goTo } from './steps/navigate';

const PEOPLE = [
  { name: 'Priya Shah', profession: 'Health visitor' },
  { name: 'Tom Reid', profession: 'Police officer' },
  { name: 'Jo Bell', profession: 'Teacher' },
];

/** Adds a member through the People screens, as a new user would. */
async function addMember(page: Page, name: string, profession: string): Promise<void> {
  await goTo(page, '#/people/new-member', /./);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Profession', { exact: true }).selectOption({ label: profession });
  await page.locator('main form button[type="submit"]').click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Ticks a person in the attendee list by clicking their name, as a mouse user would. */
async function tick(page: Page, name: string): Promise<void> {
  await page.locator('.attendee-picker label', { hasText: name }).click();
  expect(await page.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
}

/**
 * The text of the coverage grid's cell for two professions. The page shows its heading while the team's
 * training is still being read, so this waits for the grid's column before reading it.
 */
async function coverageCell(page: Page, row: string, column: string): Promise<string> {
  const table = page.locator('table.coverage-table');
  await table.getByRole('columnheader', { name: column, exact: true }).waitFor();
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.indexOf(column);
  if (index === -1) throw new Error(`No column for ${column}; columns are ${headers.join(', ')}`);
  const cell = table.locator(`tbody tr:has(th[scope="row"]:text-is("${row}")) td`).nth(index);
  return (await cell.textContent()) ?? '';
}

describe('a new user logging joint training', () => {
  const { newPc } = useBrowser();

  it('logs a joint training with three professions, sees the coverage change and exports a record', async () => {
    const page = await pageWithNewTeam(newPc);
    for (const person of PEOPLE) await addMember(page, person.name, person.profession);

    await goTo(page, '#/training/coverage', 'Team coverage');
    expect(await coverageCell(page, 'Health visitor', 'Police officer')).toBe('Not in 12 months');
    expect(await page.getByText('Health visitor and Police officer').count()).toBe(1);
    await expectAccessible(page, 'team coverage before any training');

    await page
      .getByRole('navigation', { name: 'Training pages' })
      .getByRole('link', { name: 'Training log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
    await page.getByRole('link', { name: 'Log training' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor();
    await page.getByLabel('Title').fill('Working together to keep children safe');
    await page.getByLabel('Type of training').selectOption({ label: 'Joint or multi-agency training' });
    await page.getByLabel('Hours', { exact: true }).fill('6');
    await page.getByLabel('Participatory hours').fill('7');
    for (const person of PEOPLE) await tick(page, person.name);
    await page.getByLabel('What was learnt').fill('How each agency weighs risk.');
    await page.getByRole('button', { name: 'Log the training' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Participatory hours cannot be more than the hours');
    expect(await page.getByLabel('What was learnt').inputValue()).toBe('How each agency weighs risk.');
    await expectAccessible(page, 'the training form with an error');

    await page.getByLabel('Participatory hours').fill('3');
    await page.getByRole('button', { name: 'Log the training' }).click();
    await page.getByRole('heading', { level: 1, name: 'Working together to keep children safe' }).waitFor();
    await expectAccessible(page, 'a training entry');

    await page
      .getByRole('navigation', { name: 'Training pages' })
      .getByRole('link', { name: 'Team coverage' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Team coverage' }).waitFor();
    expect(await coverageCell(page, 'Health visitor', 'Police officer')).toBe('Yes, once');
    expect(await coverageCell(page, 'Teacher', 'Health visitor')).toBe('Yes, once');
    expect(await coverageCell(page, 'Social worker', 'Teacher')).toBe('Not in 12 months');
    expect(await page.getByText('Health visitor and Police officer').count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Training pages' })
      .getByRole('link', { name: 'My record' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My training record' }).waitFor();
    await page.getByLabel('Whose record').selectOption({ label: 'Priya Shah' });
    await page.getByRole('heading', { level: 1, name: 'Training record: Priya Shah' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('training-record-priya-shah.csv');
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    expect(csv).toContain('Working together to keep children safe');
    expect(csv).toContain('How each agency weighs risk.');
    await expectAccessible(page, "a person's training record");
  });
});

/** Logs training done today by the people named, through the log's form. */
async function logTraining(
  page: Page,
  title: string,
  type: string,
  people: readonly string[],
): Promise<void> {
  await goTo(page, '#/training/new', 'Log training');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Type of training').selectOption({ label: type });
  await page.getByLabel('Hours', { exact: true }).fill('3');
  for (const name of people) await tick(page, name);
  await page.getByRole('button', { name: 'Log the training' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The due-date cell of a person's row in "Everyone's next due date". */
function dueFor(page: Page, name: string) {
  return page
    .getByRole('table', { name: "Everyone's next due date, soonest first" })
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('cell')
    .last();
}

describe('a team leader setting required training', () => {
  const { newPc } = useBrowser();

  it('chooses the training that counts from the log, records it for someone, and sees them in date', async () => {
    const page = await pageWithNewTeam(newPc);
    await addMember(page, 'Priya Shah', 'Health visitor');
    await logTraining(page, 'Contextual safeguarding', 'Joint or multi-agency training', ['Priya Shah']);
    await logTraining(page, 'Child protection refresher', 'Single-agency training', ['Priya Shah']);

    await goTo(page, '#/training/required', 'Required training');
    await page.getByLabel('Name').fill('Yearly child protection refresher');
    const log = page.getByRole('group', { name: 'Training in your team’s log' });
    await log.getByRole('checkbox', { name: /^Child protection refresher/ }).press('Space');
    await page.getByText('Chosen (1): Child protection refresher.').waitFor();
    await page.getByRole('checkbox', { name: 'Social worker', exact: true }).press('Space');
    await page.getByRole('checkbox', { name: 'Health visitor', exact: true }).press('Space');
    await page.getByLabel('Renew every (months)').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Added Yearly child protection refresher.' }).waitFor();
    await page
      .getByRole('button', { name: 'Change Yearly child protection refresher' })
      .and(page.locator(':focus'))
      .waitFor();
    expect(await dueFor(page, 'Sam Okafor').textContent()).toBe('Due now: never done');
    expect(await dueFor(page, 'Priya Shah').textContent()).toMatch(/^In date until /);
    expect(await page.getByText('Counts “Child protection refresher”.', { exact: false }).count()).toBe(1);
    await expectAccessibleInAllColours(page, 'required training chosen from the log');

    await logTraining(page, 'Child protection refresher', 'Single-agency training', ['Sam Okafor']);
    await goTo(page, '#/training/required', 'Required training');
    await page.getByRole('heading', { level: 2, name: 'Overdue (0)' }).waitFor();
    expect(await dueFor(page, 'Sam Okafor').textContent()).toMatch(/^In date until /);

    await page.getByRole('button', { name: 'Change Yearly child protection refresher' }).press('Enter');
    await page.getByRole('heading', { name: 'Change Yearly child protection refresher' }).waitFor();
    expect(await log.getByRole('checkbox', { name: /^Child protection refresher/ }).isChecked()).toBe(true);
    expect(await log.getByRole('checkbox', { name: /^Contextual safeguarding/ }).isChecked()).toBe(false);
    await expectAccessibleInAllColours(page, 'changing required training');
  });
});

describe('every training screen', () => {
  const { newPc } = useBrowser();

  it('passes the accessibility checks in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);

    await goTo(page, '#/training/new', 'Log training');
    await page.getByLabel('Title').fill('Lunchtime case discussion');
    await page.getByLabel('Type of training').selectOption({ label: 'Learning on the job' });
    await page.getByLabel('Hours', { exact: true }).fill('1');
    await tick(page, 'Sam Okafor');
    await page.getByRole('button', { name: 'Log the training' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lunchtime case discussion' }).waitFor();
    await page.getByRole('heading', { name: 'My reflection' }).waitFor();
    await expectAccessibleLightAndDark(page, 'a training entry with my reflection');

    await goTo(page, '#/training/plan', 'Plan training');
    await page.getByLabel('Title').fill('Trauma-informed practice together');
    await page.getByLabel('Type of training').selectOption({ label: 'Joint or multi-agency training' });
    await page.getByLabel('Date of the event').fill(daysAhead(20));
    await page.getByLabel('Hours', { exact: true }).fill('3');
    await tick(page, 'Sam Okafor');
    await page.getByRole('button', { name: 'Plan the event' }).click();
    await page.getByRole('heading', { name: 'Mark who attended' }).waitFor();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('This event has not happened yet.');
    await expectAccessibleLightAndDark(page, 'a planned event');

    await goTo(page, '#/training/required', 'Required training');
    await page.getByLabel('Name').fill('Learning on the job every year');
    await page.getByRole('checkbox', { name: 'Learning on the job', exact: true }).press('Space');
    await page.locator('label.checkbox', { hasText: 'Social worker' }).click();
    await page.getByRole('button', { name: 'Add required training' }).click();
    // The training logged above is of the type chosen: Sam is in date.
    await page
      .getByText(/^In date until /)
      .first()
      .waitFor();

    const screens: [string, string][] = [
      ['#/training', 'Training'],
      ['#/training/new', 'Log training'],
      ['#/training/plan', 'Plan training'],
      ['#/training/planned', 'Planned training'],
      ['#/training/required', 'Required training'],
      ['#/training/record', 'My training record'],
      ['#/training/coverage', 'Team coverage'],
    ];
    for (const [hash, heading] of screens) {
      await goTo(page, hash, heading);
      await expectAccessibleLightAndDark(page, hash);
    }
    await goTo(page, '#/training/planned', 'Planned training');
    await page.locator('main table a').first().click();
    await page.getByRole('link', { name: 'Change' }).click();
    await page.getByRole('heading', { level: 1, name: /^Change: / }).waitFor();
    await expectAccessibleLightAndDark(page, 'changing an entry');
  });
});
