import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SECTION, SECTIONS } from './sections';
import { hrefFor, navigate } from './router/hashRoute';
import { useRoute } from './router/useRoute';
import { useSettings } from './settings/useSettings';
import { TeamSwitcher } from './team/TeamSwitcher';
import { usePerson } from './team/usePerson';
import { useAccess } from './access/useAccess';
import { useAccessActions } from './access/useAccessActions';
import { Banner } from '../ui/Banner';
import { SectionErrorBoundary } from '../ui/SectionErrorBoundary';
import { useShortcuts } from './useShortcuts';
import { useFilesOpenedFromOutside } from '../features/sync/openedFiles';
import { ClockWarning } from '../features/sync/ClockWarning';
import { useHeldFilesRetry } from '../features/sync/useHeldFilesRetry';
import { PaletteDialogs, type PaletteDialog } from '../features/palette/PaletteDialogs';
import { FolderStatusLine } from '../features/folder/FolderStatusLine';
import { DecisionCount } from '../features/sync/DecisionCount';
import { DocumentTitle } from './DocumentTitle';
import { visibleHeading } from './pageTitle';

/**
 * The frame around every section: header with team and person, the navigation, and the current section. What
 * changes on a lock (the header's person, the palette, the shortcuts) is in components of its own, so a lock does
 * not re-render the page underneath.
 */
export function Shell() {
  const route = useRoute();
  const { notice, dismissNotice } = useSettings();
  const sectionId = route[0] ?? DEFAULT_SECTION;
  const section = SECTIONS.find((candidate) => candidate.id === sectionId);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

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
      const heading = visibleHeading(main);
      if (!heading) return false;
      heading.focus();
      return true;
    };
    if (arrived()) return;
    // A page whose code or records are still being read shows its heading a moment later: start at the main
    // area, and move to the heading when it arrives, unless the person has moved on meanwhile.
    main.focus();
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
      <AppHeader />
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
                {candidate.id === 'sync' && <DecisionCount />}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" ref={mainRef} tabIndex={-1}>
        <ClockWarning />
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
      <ShellCommands />
      <DocumentTitle main={mainRef} section={section?.label} />
    </div>
  );
}

/** The header: the team, the person working, the buttons to switch person and lock, and the team folder's line. */
function AppHeader() {
  const person = usePerson();
  const { lock, switchPerson } = useAccessActions();
  return (
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
  );
}

/**
 * The keyboard shortcuts, the desktop menu's commands, files opened from outside, files held back for a PC's clock
 * tried again, and the palette they open.
 */
function ShellCommands() {
  const person = usePerson();
  const { lock, switchPerson } = useAccessActions();
  const { accessScreen } = useAccess();
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
  useHeldFilesRetry();
  // Locking closes the palette for good: it must not come back, with its names, after the PIN.
  if (accessScreen !== 'open' && dialog !== null) setDialog(null);
  return <PaletteDialogs open={dialog} onClose={() => setDialog(null)} onCommand={runCommand} />;
}
