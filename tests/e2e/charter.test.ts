import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleLightAndDark, expectAccessibleInAllColours } from './harness/axe';
import { useBrowser } from './harness/browser';
import { addNewcomer, defaultTeam, openDemoTeam, pageWithNewTeam } from './steps/firstRun';
import { openSection } from './steps/navigate';

const FIRST_TEXT = [
  '# When we share',
  '- With the family’s consent',
  '- Without consent only to protect a child',
  '',
  '# How we record it',
  '1. Record the basis on the case',
].join('\n');

async function openCharterPart(page: Page, part: 'Aims and targets' | 'Agency commitments' | 'Procedures') {
  await openSection(page, 'Charter');
  await page.getByRole('navigation', { name: 'Charter' }).getByRole('link', { name: part }).click();
  await page
    .getByRole('heading', { level: 1, name: part === 'Aims and targets' ? 'Charter' : part })
    .waitFor();
}

async function openProtocol(page: Page) {
  await openCharterPart(page, 'Procedures');
  await page.getByRole('link', { name: 'Information-sharing protocol' }).click();
  await page.getByRole('heading', { level: 1, name: 'Information-sharing protocol' }).waitFor();
}

/** Switches the person working at this PC to a new colleague, whom the team's leader vouches for. */
async function switchToNewColleague(page: Page, name: string, profession: string, pin: string) {
  await page.getByRole('button', { name: 'Switch person' }).click();
  await addNewcomer(page, { name, profession, password: `${name} keeps a diary`, pin });
  await page.getByText(`Working as ${name}`).waitFor();
}

async function switchBackTo(page: Page, name: string, pin: string) {
  await page.getByRole('button', { name: 'Switch person' }).click();
  // The radio's own input is visually hidden; a person clicks its label.
  await page.locator('label.radio', { hasText: name }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const pinField = page.getByLabel(`${name}’s PIN`);
  await pinField.fill(pin);
  await pinField.press('Enter');
  await page.getByText(`Working as ${name}`).waitFor();
}

describe('a new team agreeing its information-sharing protocol', () => {
  const { newPc } = useBrowser();

  it('writes a protocol, publishes a second version, two members read it, and the leader sees who has not', async () => {
    const page = await pageWithNewTeam(newPc);
    await openCharterPart(page, 'Procedures');

    await page.getByRole('link', { name: 'Write a new procedure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a new procedure' }).waitFor();
    await page.getByLabel('Title').fill('Information-sharing protocol');
    await page.getByLabel('Kind of procedure').selectOption({ label: 'Information-sharing protocol' });
    await page.getByLabel('Text', { exact: true }).fill(FIRST_TEXT);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Information-sharing protocol: draft version 1' })
      .waitFor();
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Information-sharing protocol' }).waitFor();
    await page.getByRole('heading', { name: 'Version 1, in force' }).waitFor();

    // A second version: the first stays readable, unchanged.
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Information-sharing protocol: draft version 2' })
      .waitFor();
    await page.getByLabel('What changed in this version').fill('Ask the duty social worker when in doubt');
    const text = page.getByLabel('Text', { exact: true });
    await text.fill(`${await text.inputValue()}\n2. Ask the duty social worker when in doubt`);
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Version 2, in force' }).waitFor();
    expect(await page.getByText('Ask the duty social worker when in doubt').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Read version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Information-sharing protocol: version 1' }).waitFor();
    expect(await page.getByText('Replaced', { exact: true }).count()).toBe(1);
    expect(await page.locator('.procedure-document').textContent()).not.toContain('duty social worker');
    await page.getByRole('link', { name: 'Back to Information-sharing protocol' }).click();

    // The leader reads it first.
    await page.getByRole('button', { name: 'I have read version 2' }).click();
    await page.getByText('You recorded reading version 2').waitFor();

    // A colleague reads it on the same PC; another joins but has not read it yet.
    await switchToNewColleague(page, 'Jo Lindqvist', 'Health visitor', '2468');
    await openProtocol(page);
    await page.getByRole('button', { name: 'I have read version 2' }).click();
    await page.getByText('You recorded reading version 2').waitFor();
    await switchToNewColleague(page, 'Priya Shah', 'Teacher', '1357');

    await switchBackTo(page, defaultTeam.personName, defaultTeam.pin);
    await openProtocol(page);
    const notRead = page.getByRole('list', { name: /not read this version yet/ });
    await notRead.waitFor();
    expect((await notRead.getByRole('listitem').allTextContents()).map((item) => item.trim())).toEqual([
      'Priya Shah',
    ]);
    expect(await page.getByText('1 member has not read this version yet:').count()).toBe(1);
  });
});

describe('every charter screen', () => {
  const { newPc } = useBrowser();

  it('passes the accessibility checks on the aims and targets screens in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);
    // A charter to show: an aim with a measured and a recorded target, added through the screens.
    await openSection(page, 'Charter');
    await expectAccessibleLightAndDark(page, 'charter aims, empty');

    await page.getByRole('link', { name: 'Add an aim' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add an aim' }).waitFor();
    await page.getByRole('button', { name: 'Add the aim' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectAccessibleLightAndDark(page, 'add an aim with a problem');
    await page.getByLabel('The aim', { exact: true }).fill('We plan and review together');
    await page.getByRole('button', { name: 'Add the aim' }).click();
    await page.getByRole('heading', { level: 1, name: 'We plan and review together' }).waitFor();

    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('The target', { exact: true }).fill('Partnership health check');
    await page.getByLabel('Where the figure comes from').selectOption('health-check-average');
    await page.getByLabel('How it is measured').fill('Average of the scores in the quarter.');
    await page.getByLabel('Value to reach').fill('3.5');
    await page.getByRole('button', { name: 'Add the target' }).click();
    await page.getByRole('link', { name: 'Partnership health check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnership health check' }).waitFor();
    await expectAccessibleLightAndDark(page, 'a measured target');

    await page.getByRole('link', { name: 'We plan and review together' }).click();
    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('The target', { exact: true }).fill('Shadowing days');
    await page.getByLabel('How it is measured').fill('Counted at the team meeting.');
    await page.getByLabel('Value to reach').fill('6');
    await page.getByLabel('Unit', { exact: true }).selectOption('count');
    await page.getByRole('button', { name: 'Add the target' }).click();
    await page.getByText('The target is added.').waitFor();
    await expectAccessibleLightAndDark(page, 'an aim with its targets');
    await page.getByRole('link', { name: 'Shadowing days' }).click();
    await page.getByLabel('Value (number)').fill('4');
    await page.getByRole('button', { name: 'Record the value' }).click();
    await page.getByText('Value 4 recorded.').waitFor();
    await expectAccessibleLightAndDark(page, 'a recorded target');

    await openCharterPart(page, 'Aims and targets');
    await expectAccessibleLightAndDark(page, 'charter aims');
  });

  it('passes the accessibility checks on the commitments screens in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);
    await openCharterPart(page, 'Agency commitments');
    await expectAccessibleLightAndDark(page, 'commitments, empty');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Ends (optional)').fill('2020-01-01');
    await page.getByRole('button', { name: 'Add the commitment' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectAccessibleLightAndDark(page, 'add a commitment with problems');
  });

  it('passes the accessibility checks on the procedure screens in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);
    await openCharterPart(page, 'Procedures');
    await expectAccessibleLightAndDark(page, 'procedures, empty');
    await page.getByRole('link', { name: 'Write a new procedure' }).click();
    await page.getByLabel('Title').fill('Escalation procedure');
    await page.getByLabel('Text', { exact: true }).fill(FIRST_TEXT);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalation procedure: draft version 1' }).waitFor();
    await expectAccessibleLightAndDark(page, 'a draft');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByRole('heading', { name: 'Version 1, in force' }).waitFor();
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await page.getByLabel('What changed in this version').fill('Shorter');
    await page.getByLabel('Text', { exact: true }).fill('# When we escalate\n- Within two days');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Version 2, in force' }).waitFor();
    await expectAccessibleLightAndDark(page, 'a procedure');
    await page.getByRole('link', { name: 'Compare with version 1' }).first().click();
    await page.getByRole('heading', { level: 1, name: /version 1 and version 2/ }).waitFor();
    const compared = page.getByRole('region', { name: 'Version 2 compared with version 1' });
    await compared.getByText('Within two days').waitFor();
    expect(await compared.textContent()).not.toMatch(/^#|\n- /m);
    expect(await compared.locator('ins .tag', { hasText: 'Added' }).count()).toBeGreaterThan(0);
    expect(await compared.locator('del .tag', { hasText: 'Taken out' }).count()).toBeGreaterThan(0);
    await expectAccessibleInAllColours(page, 'comparing two versions');
    await page.getByRole('link', { name: 'Back to Escalation procedure' }).click();
    await page.getByRole('link', { name: 'Read version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalation procedure: version 1' }).waitFor();
    await expectAccessibleLightAndDark(page, 'an earlier version');
    await openCharterPart(page, 'Procedures');
    await expectAccessibleLightAndDark(page, 'procedures');
  });

  it('shows the demo team’s charter accessibly in the light and dark themes, with vacancies and the capacity table', async () => {
    const { page } = await newPc();
    // Wait until the signed-in app is there before leaving the board for the charter.
    await openDemoTeam(page);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Charter' }).click();
    await page.getByRole('heading', { level: 2, name: 'We learn together' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the demo charter');
    await openCharterPart(page, 'Agency commitments');
    await page.getByRole('table', { name: /capacity today/ }).waitFor();
    expect(await page.getByText('Vacant post').count()).toBeGreaterThan(0);
    await expectAccessibleLightAndDark(page, 'the demo commitments');
    await page
      .getByRole('link', { name: /^Change / })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Change a commitment' }).waitFor();
    await expectAccessibleLightAndDark(page, 'changing a commitment');
    await openProtocol(page);
    await page.getByRole('heading', { name: 'Version 3, in force' }).waitFor();
    await page.getByRole('button', { name: 'Start a new version from this decision' }).waitFor();
    await expectAccessibleLightAndDark(page, 'the demo protocol');
    await page.getByRole('button', { name: 'Start a new version from this decision' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Information-sharing protocol: draft version 4' })
      .waitFor();
    expect(await page.getByLabel('What changed in this version').inputValue()).toContain(
      'Agreed in a reflection session: Add a step',
    );
    expect(await page.getByLabel('Text', { exact: true }).inputValue()).toContain('Checking consent');
  });
});
