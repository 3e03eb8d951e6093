import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { timed } from './phaseTimes';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

const OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
  // Only the violations are read; listing every passing element would cost as much as the checks themselves.
  resultTypes: ['violations'],
};

/**
 * Runs axe in the page itself. Its script goes in once per page load and stays for the next scans (routes change
 * the hash, not the page); the app has no frames to scan. This is a third of @axe-core/playwright's time per scan,
 * which sends the script again every time and finishes each scan in a new tab (decision 0017).
 */
async function scan(page: Page): Promise<axe.AxeResults> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    if (!window.axe) throw new Error('axe is not in the page.');
    return window.axe.run(document, options);
  }, OPTIONS);
}

/**
 * Runs axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules (target-size enabled explicitly) and throws, listing
 * each problem, when any is serious or critical.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await timed('axe', () => scan(page));
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (bad.length > 0) {
    const detail = bad
      .map((violation) => {
        const nodes = violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n');
        return `- ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
      })
      .join('\n');
    throw new Error(`Accessibility problems on ${screen}:\n${detail}`);
  }
}

/**
 * Checks the screen as it is now in the light and then the dark colour scheme, and leaves it light. The colours
 * are CSS alone (styles/tokens.css), so switching the scheme on the open page shows what a person who uses dark
 * colours sees, without setting the screen up a second time.
 */
export async function expectAccessibleLightAndDark(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${screen} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Checks the screen in light, dark and the high contrast colours a person can choose in Settings, and leaves it as
 * it was. High contrast is the app's own theme (`data-theme` on the page, as Settings sets it), so it is switched
 * on the open page like the colour scheme.
 */
export async function expectAccessibleInAllColours(page: Page, screen: string): Promise<void> {
  await expectAccessibleLightAndDark(page, screen);
  const before = await page.evaluate(() => {
    const theme = document.documentElement.dataset.theme;
    document.documentElement.dataset.theme = 'high-contrast';
    return theme ?? null;
  });
  try {
    await expectAccessible(page, `${screen} (high contrast)`);
  } finally {
    await page.evaluate((theme) => {
      if (theme === null) delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
    }, before);
  }
}
