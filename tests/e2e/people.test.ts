import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectAccessibleInAllColours } from './harness/axe';
import { useBrowser } from './harness/browser';
import { openDemoTeam, pageWithNewTeam } from './steps/firstRun';
import { daysAhead, goTo, openSection } from './steps/navigate';

const CSV = `Name,Profession,Email,Hours a week,Team notes
Una Quinn,Teacher,una@example.org,,
Bad Row,Teacher,not-an-email,lots,`;

/** Visits every People screen on the open team and runs the accessibility checks on each. */
async function checkEveryScreen(page: Page, theme: string, memberName: string) {
  await goTo(page, '#/people', 'People');
  await expectAccessible(page, `the directory as cards (${theme})`);
  await page.getByRole('radio', { name: 'Table' }).check({ force: true });
  await page.getByRole('button', { name: 'Name' }).click();
  expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Name');
  await expectAccessible(page, `the directory as a table (${theme})`);
  await page.getByRole('link', { name: memberName }).first().click();
  await page.getByRole('heading', { level: 1, name: memberName }).waitFor();
  await expectAccessible(page, `a profile (${theme})`);
  await page.getByRole('link', { name: 'Change details' }).click();
  await page.getByRole('heading', { level: 1, name: /Change details/ }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await expectAccessible(page, `the member form with a problem (${theme})`);
  await goTo(page, '#/people/agencies', 'Agencies');
  await expectAccessible(page, `the agencies (${theme})`);
  const agency = page.locator('main .card-grid h2 a').first();
  const agencyName = (await agency.textContent()) ?? '';
  await agency.click();
  await page.getByRole('heading', { level: 1, name: agencyName }).waitFor();
  await expectAccessible(page, `an agency (${theme})`);
  await goTo(page, '#/people/new-agency', 'Add an agency');
  await expectAccessible(page, `the agency form (${theme})`);
  await goTo(page, '#/people/search', 'Who can help with…');
  await page.getByLabel('What do you need help with?').fill('HV');
  await page.getByText(/Also looking for: health visitor/).waitFor();
  await page.locator('.search-result').first().waitFor();
  await expectAccessibleInAllColours(page, `who can help (${theme})`);
  await goTo(page, '#/people/today', 'Who is in today');
  await expectAccessible(page, `who is in today (${theme})`);
  await goTo(page, '#/people/peripheral', 'Peripheral members');
  await expectAccessible(page, `peripheral members (${theme})`);
  await goTo(page, '#/people/import', 'Bring people in');
  await page.getByLabel('Choose a CSV file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await page.getByRole('heading', { name: 'What will be added' }).waitFor();
  await page.getByText('1 column will not be brought in').waitFor();
  await expectAccessibleInAllColours(page, `bringing people in (${theme})`);
}

describe('the role directory, as a new user', () => {
  const { newPc } = useBrowser();

  it('adds an agency and two people (one seconded), finds one by skill, and sees the peripheral view', async () => {
    const page = await pageWithNewTeam(newPc);
    await openSection(page, 'People');

    await page
      .getByRole('navigation', { name: 'People pages' })
      .getByRole('link', { name: 'Agencies' })
      .click();
    await page.getByRole('link', { name: 'Add an agency' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Northfield Police');
    await page.getByLabel('Kind of agency').selectOption({ label: 'Police' });
    await page.getByLabel('How it works').fill('Shares information under the local protocol.');
    await page.getByRole('button', { name: 'Add the agency' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northfield Police' }).waitFor();

    await goTo(page, '#/people/new-member', 'Add a person');
    await page.getByLabel('Name', { exact: true }).fill('Ana Silva');
    await page.getByLabel('Profession', { exact: true }).selectOption({ label: 'Health visitor' });
    await page.getByLabel('Add a skill').fill('infant feeding');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana Silva' }).waitFor();

    await goTo(page, '#/people/new-member', 'Add a person');
    await page.getByLabel('Name', { exact: true }).fill('Tom Reid');
    await page.getByLabel('Profession', { exact: true }).selectOption({ label: 'Police officer' });
    await page.getByLabel('Employing agency').selectOption({ label: 'Northfield Police' });
    await page.getByLabel('Secondment start').fill(daysAhead(-100));
    await page.getByLabel('Secondment end').fill(daysAhead(-200));
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    expect(await summary.textContent()).toContain('The secondment end must not be before its start.');
    await page.getByLabel('Secondment end').fill(daysAhead(20));
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tom Reid' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Seconded until');

    await goTo(page, '#/people/search', 'Who can help with…');
    await page.getByLabel('What do you need help with?').pressSequentially('infant');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 person found');
    expect(await page.locator('.search-result h2').allTextContents()).toEqual(['Ana Silva']);

    await goTo(page, '#/people/peripheral', 'Peripheral members');
    const ending = page.getByRole('region', { name: 'Secondments ending in the next 30 days' });
    expect(await ending.textContent()).toContain('Tom Reid');
    expect(await ending.textContent()).toContain('in 20 days');

    await checkEveryScreen(page, 'light', 'Tom Reid');
  });

  it('passes the accessibility checks on every People screen in the dark theme, on the demo team', async () => {
    const { page } = await newPc({ colorScheme: 'dark' });
    await openDemoTeam(page);
    await goTo(page, '#/people', 'People');
    const first = (await page.locator('.person-card__name a').first().textContent()) ?? '';
    await checkEveryScreen(page, 'dark', first);
  });
});
