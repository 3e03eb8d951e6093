import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInAllColours, expectAccessibleLightAndDark } from './harness/axe';
import { useBrowser } from './harness/browser';
import { createTeamByKeyboard, defaultTeam, pageWithNewTeam, tabTo } from './steps/firstRun';
import { openSection } from './steps/navigate';

/** Records calls to window.print instead of opening the browser's print dialog. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, 'printCalls', { value: calls });
    window.print = () => {
      calls.push(document.title);
    };
  });
  await page.reload();
}

async function printCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
}

async function goToReflection(page: Page): Promise<void> {
  await tabTo(page, 'nav[aria-label="Sections"] a:text-is("Reflection")', 60);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Reflection' }).waitFor();
}

/** Plans a session with the keyboard from the template at `arrowPresses` below the first one; returns its title. */
async function planSessionByKeyboard(page: Page, arrowPresses: number): Promise<string> {
  await tabTo(page, 'a:text-is("Plan a session")');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Plan a session' }).waitFor();
  await tabTo(page, 'input[type="radio"]:checked');
  for (let press = 0; press < arrowPresses; press += 1) await page.keyboard.press('ArrowDown');
  const title = await page.locator('#session-title').inputValue();
  await tabTo(page, 'button:text-is("Plan the session")');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return title;
}

describe('a team leader running reflection sessions', () => {
  const { newPc } = useBrowser();

  it('runs a session from a template by keyboard, and its actions carry forward to the next session', async () => {
    const { page } = await newPc();
    await stubPrint(page);
    await createTeamByKeyboard(page);
    await goToReflection(page);

    const title = await planSessionByKeyboard(page, 2);
    expect(title).toMatch(/^Reflective cycle – /);

    // Attendance: arrow keys within the person's row.
    await tabTo(
      page,
      `[role="radiogroup"]:has-text("${defaultTeam.personName}") input[type="radio"]:checked`,
      80,
    );
    await page.keyboard.press('ArrowRight');
    await page.getByText('1 attended, 0 sent apologies.').waitFor();
    await page.getByRole('link', { name: 'Add to my training record' }).waitFor();
    expect(await page.getByRole('link', { name: 'Add to my training record' }).getAttribute('href')).toMatch(
      /^#\/training\/new\?fromSession=[0-9a-f-]{36}$/,
    );

    await tabTo(page, 'a:text-is("Start meeting mode")', 80);
    await page.keyboard.press('Enter');
    // The session page shows the same words: wait for meeting mode's own button before looking at the frame.
    await page.locator('button:text-is("Start the agenda")').waitFor();
    await page.getByText('Nothing is waiting from earlier sessions.').waitFor();
    expect(await page.locator('nav[aria-label="Sections"]').isVisible()).toBe(false);
    await tabTo(page, 'button:text-is("Start the agenda")', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'What happened?' }).waitFor();
    await tabTo(page, 'textarea', 40);
    await page.keyboard.type('The joint visit started late; the family waited.');
    // Escape inside a note belongs to the note: the meeting carries on.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Next item' }).isVisible()).toBe(true);

    await page.keyboard.press('Alt+A');
    await page.keyboard.type('Share the visit rota with health');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Action saved: Share the visit rota with health').waitFor();
    await page.keyboard.press('Alt+A');
    await page.keyboard.type('Ask the school nurse to join next time');
    await page.keyboard.press('Enter');
    await page.getByText('Action saved: Ask the school nurse to join next time').waitFor();
    // Down at the action line, the item under discussion and its timer are still on screen.
    const inView = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
    expect(await inView('h2:text-is("What happened?")')).toBe(true);
    expect(await inView('.agenda-timer')).toBe(true);

    await page.getByRole('heading', { level: 2, name: 'What happened?' }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Start meeting mode' }).waitFor();
    expect(await page.locator('textarea').first().inputValue()).toBe(
      'The joint visit started late; the family waited.',
    );
    expect(await page.getByText(`Owner: ${defaultTeam.personName}`).count()).toBe(1);

    await tabTo(page, 'a:text-is("Summary")', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Summary: ${title}` }).waitFor();
    expect(await page.getByText('The joint visit started late; the family waited.').count()).toBe(1);
    await tabTo(page, 'button:text-is("Print or save as PDF")');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { printCalls: string[] }).printCalls.length > 0);
    expect(await printCalls(page)).toEqual([title]);

    await goToReflection(page);
    await planSessionByKeyboard(page, 1);
    const carried = page.getByRole('region', { name: 'Still open from earlier sessions' });
    await carried.getByText('Share the visit rota with health').waitFor();
    expect(await carried.getByText('Ask the school nurse to join next time').count()).toBe(1);
    expect(await carried.getByText(`Agreed at ${title}`, { exact: false }).count()).toBe(2);
  }, 240_000);
});

describe('every Reflection screen', () => {
  const { newPc } = useBrowser();

  it('passes the accessibility checks in the light and dark themes', async () => {
    const page = await pageWithNewTeam(newPc);
    const check = async (name: string) => expectAccessibleLightAndDark(page, name);
    const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

    await openSection(page, 'Reflection');
    await check('Reflection, no sessions');

    await page.getByRole('link', { name: 'Plan a session' }).click();
    await heading('Plan a session');
    await check('Plan a session');
    await page.locator('label.radio', { hasText: 'Case reflection' }).click();
    await page.locator('#session-case').waitFor();
    await check('Plan a case reflection');
    await page.locator('label.radio', { hasText: 'Reflective cycle' }).click();
    await page.getByRole('button', { name: 'Plan the session' }).click();
    await heading(/^Reflective cycle/);
    await page
      .getByRole('radiogroup', { name: defaultTeam.personName })
      .locator('label', { hasText: 'Attended' })
      .click();
    await page.getByLabel(/New action/).fill('Share the rota');
    await page.getByRole('button', { name: 'Save action' }).click();
    await page.getByText('Action saved: Share the rota').waitFor();
    await check('a session');

    await page.getByRole('link', { name: 'Start meeting mode' }).click();
    await page.getByRole('button', { name: 'Start the agenda' }).waitFor();
    await check('meeting mode, earlier actions');
    await page.getByRole('button', { name: 'Start the agenda' }).click();
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expectAccessibleInAllColours(page, 'meeting mode, an agenda item');
    await page.getByRole('link', { name: 'Leave meeting mode' }).click();

    await page.getByRole('link', { name: 'Summary' }).click();
    await heading(/^Summary: /);
    await check('session summary');

    await page.goto(`${new URL(page.url()).origin}/#/reflection/templates`);
    await heading('Reflection templates');
    await check('templates');
    await page.getByRole('link', { name: 'View Reflective cycle' }).click();
    await heading('Reflective cycle');
    await check('a built-in template');
    await page.goBack();
    await page.getByRole('button', { name: 'Copy and edit Reflective cycle' }).click();
    await heading('Reflective cycle (our version)');
    await check('template editor');

    await page.goto(`${new URL(page.url()).origin}/#/reflection/checks`);
    await heading('Partnership health checks');
    await check('health checks, none yet');
    await page.getByRole('link', { name: 'Open a health check' }).click();
    await heading('Open a health check');
    await check('open a health check');
    await page.getByLabel('Title').fill('Spring check');
    await page.getByRole('button', { name: 'Open the health check' }).click();
    await heading('Partnership health checks');
    await page.getByRole('link', { name: 'Answer Spring check' }).click();
    await heading('Spring check');
    await check('answering a health check');
    for (const group of await page.getByRole('radiogroup').all()) {
      await group.locator('label', { hasText: '2 – Weak' }).click();
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Thank you').waitFor();
    await page.goto(`${new URL(page.url()).origin}/#/reflection/checks`);
    await heading('Partnership health checks');
    await page.getByRole('img', { name: /Overall score/ }).waitFor();
    await check('health checks with a trend');
    await page.getByRole('link', { name: 'Results of Spring check' }).click();
    await heading('Results: Spring check');
    await check('health check results');
  }, 240_000);
});
