import { startTransition, useEffect, useMemo, useState } from 'react';
import { parseHash } from './hashRoute';

/**
 * The current route's segments; re-renders when the hash changes. The change is a transition: when the next page's
 * code is still being read, the current page stays on screen until it is ready, instead of a loading message
 * that React would then hold for a moment longer so it does not flicker.
 */
export function useRoute(): string[] {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    // The hash may have changed between the first render and this listener.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
