import { useContext, useEffect, useRef } from 'react';
import { useTeam } from '../../app/team/useTeam';
import { useTeamDb } from '../../app/team/useTeamDb';
import { WriterContext } from '../../app/team/teamContexts';
import { countHeldFiles } from '../../db/heldFiles';
import { createBundleRunner, type BundleRunner } from './bundleRunner';

/** How often files held back for a PC's clock are tried again while the team is open. */
const RETRY_EVERY_MS = 10 * 60 * 1000;

/**
 * Brings in, by themselves, files held back because a PC's clock was ahead, once this PC's clock has caught up:
 * when the team opens, and every ten minutes after. Nothing runs (no worker starts) while none are waiting.
 */
export function useHeldFilesRetry(): void {
  const { team } = useTeam();
  const db = useTeamDb();
  // Null while nobody is signed in: a held file can still come in, and moves no person's clock.
  const writer = useContext(WriterContext);
  const writerRef = useRef(writer);
  useEffect(() => {
    writerRef.current = writer;
  });

  useEffect(() => {
    let runner: BundleRunner | null = null;
    let stopped = false;
    const retry = async () => {
      if ((await countHeldFiles(db)) === 0 || stopped) return;
      runner ??= createBundleRunner();
      const outcomes = await runner.retryHeld(team.id, Date.now()).catch(() => []);
      if (stopped) return;
      for (const outcome of outcomes) {
        // This PC's clock moves past what came in, so its next change sorts after it.
        if (outcome.kind === 'applied' && outcome.maxStamp !== undefined)
          writerRef.current?.clock.receive(outcome.maxStamp);
      }
    };
    void retry();
    const timer = setInterval(() => void retry(), RETRY_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      runner?.dispose();
    };
  }, [team.id, db]);
}
