import { useEffect, type RefObject } from 'react';
import { useAccess } from './access/useAccess';
import { pageTitle, visibleHeading } from './pageTitle';

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
    const observer = new MutationObserver(update);
    observer.observe(area, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, section, accessScreen]);
  return null;
}
