import { useContext, useEffect, useRef, useState } from 'react';
import { useTeam } from '../../app/team/useTeam';
import { WriterContext } from '../../app/team/teamContexts';
import { Banner } from '../../ui/Banner';
import { createBundleRunner, type BundleRunner } from './bundleRunner';
import { HeldBackNotice } from './HeldBackNotice';
import { useHeldFiles } from './useHeldFiles';

/** Files kept on this PC because a PC's clock is ahead; they come in by themselves, or now if a leader says so. */
export function HeldFilesList() {
  const { team } = useTeam();
  // Null while nobody is signed in: then a file that comes in moves no person's clock.
  const writer = useContext(WriterContext);
  const held = useHeldFiles();
  const runnerRef = useRef<BundleRunner | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = null;
    },
    [],
  );

  if (!held || (held.length === 0 && !message)) return null;

  const bringIn = async (bundleId: string, from: string) => {
    setMessage(null);
    runnerRef.current ??= createBundleRunner();
    const outcome = await runnerRef.current.bringInHeld(team.id, bundleId, () => undefined);
    if (outcome.kind === 'applied' && outcome.maxStamp !== undefined) writer?.clock.receive(outcome.maxStamp);
    if (outcome.kind === 'applied' || outcome.kind === 'alreadyHere')
      setMessage({ tone: 'success', text: `The file from ${from} was brought in.` });
    else if (outcome.kind === 'needsPerson') setMessage({ tone: 'error', text: outcome.message });
  };

  return (
    <section aria-labelledby="sync-held-heading" className="sync-block">
      <h2 id="sync-held-heading">Waiting for a PC’s clock</h2>
      {message && (
        <Banner tone={message.tone} live>
          <p>{message.text}</p>
        </Banner>
      )}
      {held.map((item) => (
        <HeldBackNotice
          key={item.bundleId}
          clocks={item.clocks}
          fromPersonName={item.fromPersonName}
          problem={item.problem}
          onBringInNow={() => void bringIn(item.bundleId, item.fromPersonName)}
        />
      ))}
    </section>
  );
}
