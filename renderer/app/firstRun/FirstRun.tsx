import { useEffect, useRef, useState } from 'react';
import { createDemoTeam } from '../../db/teams';
import { useSettings } from '../settings/useSettings';
import { CreateTeamForm } from './CreateTeamForm';
import { JoinChoice } from './JoinChoice';
import './firstRun.css';
import { Banner } from '../../ui/Banner';

interface FirstRunProps {
  /** Called with the team to open once one is set up, joined or generated. */
  onOpened: (teamId: string) => void;
  /** Present when this PC already has a team to go back to. */
  onCancel?: () => void;
}

type Step = 'choose' | 'create' | 'join';

/** The welcome screen: set up a team, join one from a file, or look around a demo team. */
export function FirstRun({ onOpened, onCancel }: FirstRunProps) {
  const [step, setStep] = useState<Step>('choose');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { settings } = useSettings();

  useEffect(() => {
    if (step === 'choose') headingRef.current?.focus();
  }, [step]);

  const openDemo = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { teamId } = await createDemoTeam({ deviceId: settings.deviceId });
      onOpened(teamId);
    } catch {
      setFailure('The demo team could not be made. Try again.');
      setBusy(false);
    }
  };

  return (
    <main className="centered-page first-run" id="main">
      {step === 'choose' && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {onCancel ? 'Add a team to this PC' : 'Welcome to Joined Up'}
          </h1>
          <p>
            Joined Up keeps your team’s shared board of cases, who does what, reflection sessions and training
            in one place on this PC. It works without the internet, and your team passes work between PCs in
            locked files.
          </p>
          {failure && (
            <Banner tone="error" live>
              {failure}
            </Banner>
          )}
          <ul className="choice-list">
            <li className="card">
              <h2>Set up a new team</h2>
              <p>You will choose the team’s passphrase, which locks every file the team shares.</p>
              <button type="button" className="button" onClick={() => setStep('create')}>
                Set up a new team
              </button>
            </li>
            <li className="card">
              <h2>Join your team</h2>
              <p>Use the file a colleague saved for you, and the team passphrase they told you.</p>
              <button type="button" className="button" onClick={() => setStep('join')}>
                Join from a file
              </button>
            </li>
            <li className="card">
              <h2>Look around a demo team</h2>
              <p>A made-up team with made-up cases, for trying things out. Nothing in it is real.</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void openDemo()}
                disabled={busy}
              >
                {busy ? 'Making the demo team…' : 'Open a demo team'}
              </button>
            </li>
          </ul>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Back to my team
            </button>
          )}
        </>
      )}
      {step === 'create' && <CreateTeamForm onCreated={onOpened} onCancel={() => setStep('choose')} />}
      {step === 'join' && <JoinChoice onJoined={onOpened} onCancel={() => setStep('choose')} />}
    </main>
  );
}
