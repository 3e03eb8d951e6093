import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PcTeamRow } from '../../db/pcDb';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { unlockWithPassphrase, unlockWithoutTyping } from './unlockCommands';
import './unlock.css';

export interface UnlockTeamProps {
  team: PcTeamRow;
  teams: readonly PcTeamRow[];
  onOpenTeam: (teamId: string) => void;
  /** The welcome screen, to join a team from a file. */
  onAddTeam: () => void;
}

const FIELD = 'unlock-passphrase';
const WRONG =
  'That passphrase does not open this team. Check it (capital letters count) and try again. Nothing has been changed.';
const FAILED =
  'The team’s records could not be opened on this PC. Nothing has been changed. Try again; if it keeps happening, restart Joined Up.';

/**
 * The first screen when Joined Up starts on a PC (before anyone signs in with their PIN): the team passphrase opens
 * the team's records, which are locked on this PC's disk. The demo team opens by itself.
 */
export function UnlockTeam({ team, teams, onOpenTeam, onAddTeam }: UnlockTeamProps) {
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [opensByItself, setOpensByItself] = useState(team.demo === true || team.osProtectedKey !== undefined);
  const [notKept, setNotKept] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const teamId = team.id;

  useEffect(() => {
    if (!opensByItself) return;
    let cancelled = false;
    void unlockWithoutTyping(team).then((opened) => {
      if (cancelled || opened) return;
      setOpensByItself(false);
      setNotKept(team.osProtectedKey !== undefined);
    });
    return () => {
      cancelled = true;
    };
    // Tried once per team: the row changes identity whenever the PC's list of teams is read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the comment above
  }, [teamId]);

  useEffect(() => {
    if (!opensByItself) headingRef.current?.focus();
  }, [opensByItself, teamId]);

  if (opensByItself) {
    return (
      <main className="centered-page" id="main">
        <p role="status">Opening {team.name}…</p>
      </main>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    if (passphrase === '') {
      setErrors({ [FIELD]: 'Enter the team passphrase.' });
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const outcome = await unlockWithPassphrase(teamId, passphrase);
    setBusy(false);
    if (outcome.ok) return;
    setAttempt((count) => count + 1);
    if (outcome.reason === 'wrongPassphrase') setErrors({ [FIELD]: WRONG });
    else {
      setErrors({});
      setFailed(true);
    }
  };

  const others = teams.filter((candidate) => candidate.id !== teamId);
  return (
    <main className="centered-page unlock" id="main">
      <h1 ref={headingRef} tabIndex={-1}>
        Open {team.name}
      </h1>
      <p>
        The team’s records are locked on this PC. Type the team passphrase to open them; then each person
        signs in with their own PIN as usual.
      </p>
      {notKept && (
        <Banner tone="warning" title="This PC could not open the team by itself this time">
          <p>
            A team leader let this PC open the team without the passphrase, but the key it kept cannot be read
            now (perhaps someone else is logged in to the PC). Nothing has been changed: type the team
            passphrase.
          </p>
        </Banner>
      )}
      {!team.wrappedKey && (
        <p>
          This is the first start since Joined Up began locking the team’s records on the PC. Opening takes a
          little longer this once.
        </p>
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={errors} attempt={attempt} />
        {failed && (
          <Banner tone="error" live>
            <p>{FAILED}</p>
          </Banner>
        )}
        <TextField
          id={FIELD}
          label="Team passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={setPassphrase}
          error={errors[FIELD]}
          required
        />
        {busy && (
          <p role="status" className="field__hint">
            Checking the passphrase…
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Open the team
          </button>
        </div>
      </form>
      {others.length > 0 && (
        <nav aria-label="Other teams on this PC" className="unlock__others">
          <h2>Other teams on this PC</h2>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <button type="button" className="button button--quiet" onClick={() => onOpenTeam(other.id)}>
                  Open {other.name} instead
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ForgottenPassphrase teamId={teamId} teamName={team.name} onRemoved={onAddTeam} />
    </main>
  );
}
