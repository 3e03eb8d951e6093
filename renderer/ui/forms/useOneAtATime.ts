/**
 * For the one-line forms that add something on Enter (an action in a meeting, a decision, an agenda prompt): a
 * second press while the first is still saving is ignored, so Enter pressed twice adds one thing, not two. A ref
 * rather than state, so even two presses before the next render see the first one running.
 */
import { useCallback, useRef, useState } from 'react';

export function useOneAtATime(): { busy: boolean; run: (work: () => Promise<void>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
