import { describe, expect, it } from 'vitest';
import { expectAccessible } from './harness/axe';
import { useBrowser } from './harness/browser';

const CLEAN = '<main><h1>Board</h1><p>Nothing is overdue.</p></main>';

// Every screen's check rests on this one: a scan that cannot fail would pass every screen.
describe('the accessibility check', () => {
  const { newPc } = useBrowser();

  it('names the problems on the page as it is now, scan after scan and after a reload', async () => {
    const { page } = await newPc();
    // A page of its own, outside the app and its security policy, so that it can hold a style of its own.
    await page.goto('about:blank');
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>Check</title></head><body>${CLEAN}</body></html>`,
    );
    await expectAccessible(page, 'a clean page');

    // Faint text and a button without a name, added after the first scan.
    await page.evaluate(() => {
      document
        .querySelector('main')
        ?.insertAdjacentHTML(
          'beforeend',
          '<p style="color:#bbb;background:#fff">Faint words</p><button></button>',
        );
    });
    const problems = await expectAccessible(page, 'a page with problems').then(
      () => '',
      (error: unknown) => String(error),
    );
    expect(problems).toContain('Accessibility problems on a page with problems');
    expect(problems).toContain('color-contrast');
    expect(problems).toContain('button-name');

    await page.reload();
    await page.setContent('<!doctype html><html lang="en"><body><main><input></main></body></html>');
    await expect(expectAccessible(page, 'a page after a reload')).rejects.toThrow(/label/);
  });
});
