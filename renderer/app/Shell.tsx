import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SECTION, SECTIONS } from './sections';
import { hrefFor, navigate } from './router/hashRoute';
import { useRoute } from './router/useRoute';
import { useSettings } from './settings/useSettings';
import { TeamSwitcher } from './team/TeamSwitcher';
import { useTeam } from './team/useTeam';
import { Banner } from '../ui/Banner';
import { SectionErrorBoundary } from '../ui/SectionErrorBoundary';
import { useShortcuts } from './useShortcuts';
import { useFilesOpenedFromOutside } from '../features/sync/openedFiles';
import { PaletteDialogs, type PaletteDialog } from '../features/palette/PaletteDialogs';
import { FolderStatusLine } from '../features/folder/FolderStatusLine';
import { useDecisionCount } from '../features/sync/useDecisionCount';

/** The frame around every section: header with team and person, the navigation, and the current section. */
export function Shell() {
  const route = useRoute();
  const { notice, dismissNotice } = useSettings();
  const { person, lock, switchPerson, accessScreen, db } = useTeam();
  const decisions = useDecisionCount(db);
  const sectionId = route[0] ?? DEFAULT_SECTION;
  const section = SECTIONS.find((candidate) => candidate.id === sectionId);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [dialog, setDialog] = useState<PaletteDialog>(null);
  const runCommand = useShortcuts({
    accessScreen,
    signedIn: person !== null,
    openPalette: useCallback(() => setDialog('palette'), []),
    openHelp: useCallback(() => setDialog('help'), []),
    lock,
    switchPerson,
  });
  useFilesOpenedFromOutside(accessScreen !== 'open');
  // Locking closes the palette for good: it must not come back, with its names, after the PIN.
  if (accessScreen !== 'open' && dialog !== null) setDialog(null);

  useEffect(() => {
    if (route.length === 0) navigate(DEFAULT_SECTION);
  }, [route.length]);

  // After navigation, move focus to the new page's heading so keyboard and screen-reader users start there.
  const routeKey = route.join('/');
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const arrived = () => {
      // While the next page's code is read, React keeps the last page in place but hidden: skip its heading.
      const heading = [...main.querySelectorAll<HTMLElement>('[data-page-title]')].find((candidate) =>
        typeof candidate.checkVisibility === 'function' ? candidate.checkVisibility() : true,
      );
      if (!heading) return false;
      heading.focus();
      document.title = `${heading.textContent} – Joined Up`;
      return true;
    };
    if (arrived()) return;
    // A page whose code or records are still being read shows its heading a moment later: start at the main
    // area, and move to the heading when it arrives, unless the person has moved on meanwhile.
    main.focus();
    document.title = 'Joined Up';
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || arrived()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);

  const Section = section?.component;
  return (
    <div className="app-frame">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__name">Joined Up</span>
        <TeamSwitcher />
        {person && (
          <span>
            Working as <strong>{person.name}</strong>
          </span>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={switchPerson}
          aria-keyshortcuts="Control+Shift+S"
        >
          Switch person
        </button>
        <button type="button" className="button button--quiet" onClick={lock} aria-keyshortcuts="Control+L">
          Lock
        </button>
        <FolderStatusLine />
      </header>
      <nav className="app-nav" aria-label="Sections">
        <ul>
          {SECTIONS.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={hrefFor(candidate.id)}
                aria-current={candidate.id === sectionId ? 'page' : undefined}
                aria-keyshortcuts={`Control+${candidate.key}`}
              >
                {candidate.label}
                {candidate.id === 'sync' && decisions > 0 && (
                  <>
                    <span className="nav-count" aria-hidden="true">
                      {decisions}
                    </span>
                    <span className="visually-hidden">
                      , {decisions === 1 ? '1 difference needs' : `${decisions} differences need`} a decision
                    </span>
                  </>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" ref={mainRef} tabIndex={-1}>
        {notice && (
          <Banner title="Settings were reset" tone="warning">
            <p>{notice}</p>
            <button type="button" className="button button--secondary" onClick={dismissNotice}>
              Close this message
            </button>
          </Banner>
        )}
        {Section ? (
          <SectionErrorBoundary page={routeKey} homeHref={hrefFor(DEFAULT_SECTION)}>
            <Suspense fallback={<p role="status">Opening the page…</p>}>
              <Section key={sectionId} route={route.slice(1)} />
            </Suspense>
          </SectionErrorBoundary>
        ) : (
          <>
            <h1 tabIndex={-1} data-page-title>
              Page not found
            </h1>
            <p>
              There is no page at this address. <a href={hrefFor(DEFAULT_SECTION)}>Go to the board</a>.
            </p>
          </>
        )}
      </main>
      <PaletteDialogs open={dialog} onClose={() => setDialog(null)} onCommand={runCommand} />
    </div>
  );
}
