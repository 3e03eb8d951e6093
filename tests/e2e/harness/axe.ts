import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules (target-size enabled explicitly) and throws, listing
 * each problem, when any is serious or critical.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
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
