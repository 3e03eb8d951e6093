import { useEffect, useState } from 'react';
import { can } from '../../../shared/domain/roles';
import { usePerson } from '../../app/team/usePerson';
import { useTeam } from '../../app/team/useTeam';
import { Banner } from '../../ui/Banner';
import { canKeepKeyOnThisPc, keepKeyOnThisPc, keepsKeyOnThisPc, stopKeepingKeyOnThisPc } from './keyCommands';

interface State {
  available: boolean;
  kept: boolean;
}

/**
 * A team leader's choice to let this PC open the team without the team passphrase (desktop app only): what it
 * means in plain words, then the choice. Shown only where the operating system can keep the key, or already does.
 */
export function OpenWithoutPassphrase() {
  const { team } = useTeam();
  const person = usePerson();
  const [state, setState] = useState<State | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const teamId = team.id;

  useEffect(() => {
    let cancelled = false;
    void Promise.all([canKeepKeyOnThisPc(), keepsKeyOnThisPc(teamId)]).then(([available, kept]) => {
      if (!cancelled) setState({ available, kept });
    });
    return () => {
      cancelled = true;
    };
  }, [teamId]);

  if (!state || (!state.available && !state.kept)) return null;
  const mayChange = can(person, 'keep-key-on-pc');

  const choose = async (keep: boolean) => {
    setBusy(true);
    try {
      if (keep) await keepKeyOnThisPc(teamId);
      else await stopKeepingKeyOnThisPc(teamId);
      setState({ ...state, kept: keep });
      setMessage({
        tone: 'success',
        text: keep
          ? 'This PC will open the team without the passphrase when you are logged in to it.'
          : 'This PC will ask for the team passphrase again each time Joined Up starts.',
      });
    } catch {
      setMessage({
        tone: 'error',
        text: 'This PC could not keep the team’s key, so it will go on asking for the team passphrase.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="open-without-passphrase-heading" className="settings-block">
      <h2 id="open-without-passphrase-heading">Opening the team on this PC</h2>
      {message && (
        <Banner tone={message.tone} live>
          {message.text}
        </Banner>
      )}
      <p>
        Normally someone types the team passphrase each time Joined Up starts on this PC. A team leader can
        let this PC open the team by itself instead. What that means:
      </p>
      <ul>
        <li>
          Anyone who can log in to this PC with the same computer account can open the team’s records here.
          Each person still signs in with their own PIN.
        </li>
        <li>
          The key is kept by the computer’s own protection for this account. A copy of the PC’s files taken to
          another computer, or another account on this PC, cannot open the team without the passphrase.
        </li>
        <li>Turn it on only on a PC that stays in the team’s office and that only your team logs in to.</li>
      </ul>
      <p>
        <strong>
          {state.kept
            ? 'Now: this PC opens the team without the passphrase.'
            : 'Now: this PC asks for the team passphrase when Joined Up starts.'}
        </strong>
      </p>
      {mayChange ? (
        <button
          type="button"
          className={state.kept ? 'button' : 'button button--secondary'}
          disabled={busy}
          onClick={() => void choose(!state.kept)}
        >
          {state.kept
            ? 'Ask for the passphrase on this PC again'
            : 'Let this PC open the team without the passphrase'}
        </button>
      ) : (
        <p>Only a team leader can change this.</p>
      )}
    </section>
  );
}
