/**
 * The window's title for a page: the page's own heading (a record's name on its page), the section it is in, and
 * the app, as GOV.UK titles pages, so that a person with several windows, tabs or a screen reader's window list
 * can tell which record each one shows.
 */
export function pageTitle(heading: string | null, section: string | undefined): string {
  const parts = [heading?.trim(), section].filter((part): part is string => Boolean(part));
  // A section's own front page is headed with the section's name: say it once.
  const unique = parts.filter((part, index) => parts.indexOf(part) === index);
  return [...unique, 'Joined Up'].join(' – ');
}

/** The heading of the page shown. */
export function visibleHeading(main: HTMLElement): HTMLElement | undefined {
  // While the next page's code is read, React keeps the last page in place but hidden: skip its heading.
  return [...main.querySelectorAll<HTMLElement>('[data-page-title]')].find((candidate) =>
    typeof candidate.checkVisibility === 'function' ? candidate.checkVisibility() : true,
  );
}
