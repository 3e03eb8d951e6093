import { useEffect, type RefObject } from 'react';
import { useAccess } from './access/useAccess';
import { pageTitle, visibleHeading } from './pageTitle';

const PAGE_TITLE = '[data-page-title]';

function holdsPageTitle(node: Node): boolean {
  return node instanceof Element && (node.matches(PAGE_TITLE) || node.querySelector(PAGE_TITLE) !== null);
}

/**
 * Whether a change to the page may have changed its heading. Most changes do not (each keystroke's result on the
 * board changes hundreds of cards), and finding the heading shown asks the browser to work out the page's styles
 * there and then, ahead of drawing it.
 */
function touchesPageTitle(record: MutationRecord): boolean {
  const inside = record.target instanceof Element ? record.target : record.target.parentElement;
  if (inside?.closest(PAGE_TITLE)) return true;
  return [...record.addedNodes, ...record.removedNodes].some(holdsPageTitle);
}

/**
 * Keeps the window's title naming the page shown, and follows its heading as it changes (a record's name arrives
 * after the page opens, or is changed). Nothing while a sign-in or lock screen covers the app: that screen names
 * itself, and the record underneath must not show in the title bar of a locked PC.
 */
export function DocumentTitle({ main, section }: { main: RefObject<HTMLElement | null>; section?: string }) {
  const { accessScreen } = useAccess();
  useEffect(() => {
    const area = main.current;
    if (!area || accessScreen !== 'open') return;
    const update = () => {
      const next = pageTitle(visibleHeading(area)?.textContent ?? null, section);
      if (document.title !== next) document.title = next;
    };
    update();
    const observer = new MutationObserver((records) => {
      if (records.some(touchesPageTitle)) update();
    });
    observer.observe(area, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, section, accessScreen]);
  return null;
}
