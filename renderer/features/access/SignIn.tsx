import { useEffect, useRef, useState, type ReactNode } from 'react';
import { TeamSwitcher } from '../../app/team/TeamSwitcher';
import { usePerson } from '../../app/team/usePerson';
import { useTeam } from '../../app/team/useTeam';
import { useAccess } from '../../app/access/useAccess';
import { useAccessActions } from '../../app/access/useAccessActions';
import { AddYourself } from './AddYourself';
import { PersonList } from './PersonList';
import { PinEntry } from './PinEntry';
import { SetPin } from './SetPin';
import { usePinState } from './usePinState';
import './access.css';

interface Chosen {
  id: string;
  name: string;
}

/**
 * Who is working: the sign-in screen when the team opens, and the lock screen over the hidden app. Nothing from
 * the team's cases or notes is shown here — only the team's name and its members' names.
 */
export function SignIn() {
  const { team } = useTeam();
  const { accessScreen, appUnderneath } = useAccess();
  const { signIn, switchPerson, cancelSwitch } = useAccessActions();
  const person = usePerson();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [adding, setAdding] = useState(false);

  if (accessScreen === 'opening' || accessScreen === 'open') {
    return (
      <AccessLayout title="Opening Joined Up…" underneath={appUnderneath}>
        <p role="status">Opening Joined Up…</p>
      </AccessLayout>
    );
  }

  const workingPerson = person && !person.deleted ? person : null;
  if (accessScreen === 'locked' && workingPerson) {
    return (
      <ForPerson
        teamId={team.id}
        member={workingPerson}
        underneath={appUnderneath}
        onDone={() => signIn(workingPerson.id)}
        other={
          <button type="button" className="button button--secondary" onClick={switchPerson}>
            Someone else? Switch person
          </button>
        }
      />
    );
  }

  if (chosen) {
    return (
      <ForPerson
        teamId={team.id}
        member={chosen}
        underneath={appUnderneath}
        onDone={() => signIn(chosen.id)}
        other={
          <button type="button" className="button button--secondary" onClick={() => setChosen(null)}>
            Back to the list
          </button>
        }
      />
    );
  }

  return (
    <AccessLayout title={`Who is working on ${team.name}?`} underneath={appUnderneath}>
      <p>Everything you change will show your name, so your colleagues know who did what.</p>
      {adding ? (
        <AddYourself onAdded={setChosen} onCancel={() => setAdding(false)} />
      ) : (
        <PersonList
          onChosen={(member) => setChosen({ id: member.id, name: member.name })}
          onNotListed={() => setAdding(true)}
          {...(workingPerson
            ? {
                onBack: () => {
                  setAdding(false);
                  cancelSwitch();
                },
              }
            : {})}
        />
      )}
    </AccessLayout>
  );
}

interface ForPersonProps {
  teamId: string;
  member: Chosen;
  underneath: boolean;
  onDone: () => Promise<void>;
  other: ReactNode;
}

/** A PIN for one person: entered to sign in or unlock, or chosen when they have none on this PC yet. */
function ForPerson({ teamId, member, underneath, onDone, other }: ForPersonProps) {
  const state = usePinState(teamId, member.id);
  if (!state) {
    return (
      <AccessLayout title="Joined Up" underneath={underneath}>
        <p role="status">Loading…</p>
      </AccessLayout>
    );
  }
  if (!state.hasPin) {
    return (
      <AccessLayout title="Choose your PIN" underneath={underneath}>
        <p>
          {member.name}, choose a PIN for this PC. You will enter it each time you sign in here, and to unlock
          the screen when you come back to it.
        </p>
        <SetPin key={member.id} teamId={teamId} member={member} onDone={onDone} />
        <div className="button-row">{other}</div>
      </AccessLayout>
    );
  }
  return (
    <AccessLayout title={underneath ? 'Joined Up is locked' : 'Sign in'} underneath={underneath}>
      <p>
        {underneath
          ? `${member.name} was working here. Enter your PIN to carry on where you left off.`
          : `Signing in as ${member.name}.`}
      </p>
      <PinEntry
        teamId={teamId}
        member={member}
        submitLabel={underneath ? 'Unlock' : 'Sign in'}
        onRight={onDone}
      />
      <div className="button-row">{other}</div>
    </AccessLayout>
  );
}

function AccessLayout({
  title,
  underneath,
  children,
}: {
  title: string;
  underneath: boolean;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Joined Up`;
  }, [title]);
  return (
    <div className={underneath ? 'access-overlay' : 'access-page'} data-access-screen>
      <header className="access-bar">
        <span className="access-bar__name">Joined Up</span>
        {/* Opening another team from a lock screen would close the locked person's work, so it is offered only here. */}
        {!underneath && <TeamSwitcher />}
      </header>
      <main className="centered-page" id="access-main">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
