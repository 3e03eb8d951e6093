import { useState } from 'react';
import type { Member } from '../../../../shared/domain/directory';
import { usePerson } from '../../../app/team/usePerson';
import { useTeam } from '../../../app/team/useTeam';
import { useAccess } from '../../../app/access/useAccess';
import { useAccessActions } from '../../../app/access/useAccessActions';
import { AccessLayout } from './AccessLayout';
import { AddYourself } from './AddYourself';
import { ForPerson, type Chosen } from './ForPerson';
import { PersonList } from './PersonList';
import { forgetProven } from './provenHere';
import { useTeamRecord } from '../../../app/data/useTeamRecord';
import { VouchForm } from './VouchForm';
import '../access.css';

/**
 * Who is working: the sign-in screen when the team opens, and the lock screen over the hidden app. Nothing from
 * the team's cases or notes is shown here — only the team's name and its members' names.
 */
export function SignIn() {
  const { team } = useTeam();
  const teamRecord = useTeamRecord();
  const { accessScreen, appUnderneath } = useAccess();
  const { signIn, switchPerson, cancelSwitch } = useAccessActions();
  const person = usePerson();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [adding, setAdding] = useState(false);
  /** The leader who vouched for someone new, before they add themselves to the directory. */
  const [voucher, setVoucher] = useState<Member | null>(null);

  if (accessScreen === 'opening' || accessScreen === 'open' || teamRecord === undefined) {
    return (
      <AccessLayout title="Opening Joined Up…" underneath={appUnderneath}>
        <p role="status">Opening Joined Up…</p>
      </AccessLayout>
    );
  }
  const demo = teamRecord?.demo ?? false;
  const finish = async (memberId: string) => {
    forgetProven(team.id, memberId);
    await signIn(memberId);
  };

  // Signing in as one person (the one the screen locked on, or one chosen from the list), with a way to another.
  const signInAs = (member: Chosen, otherLabel: string, onOther: () => void) => (
    <ForPerson
      key={member.id}
      member={member}
      demo={demo}
      underneath={appUnderneath}
      onDone={() => finish(member.id)}
      other={
        <button type="button" className="button button--secondary" onClick={onOther}>
          {otherLabel}
        </button>
      }
    />
  );

  const workingPerson = person && !person.deleted ? person : null;
  if (accessScreen === 'locked' && workingPerson) {
    return signInAs(workingPerson, 'Someone else? Switch person', switchPerson);
  }

  const backToList = () => {
    setChosen(null);
    setAdding(false);
    setVoucher(null);
  };
  if (chosen) return signInAs(chosen, 'Back to the list', backToList);

  if (adding && !demo && !voucher) {
    return (
      <AccessLayout title="A team leader vouches for you" underneath={appUnderneath}>
        <p>
          Someone new joins the team on this PC only with a team leader beside them, who vouches for them
          here. The team passphrase alone does not say who you are.
        </p>
        <VouchForm forWhom="this new colleague" onVouched={setVoucher} />
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={backToList}>
            Back to the list
          </button>
        </div>
      </AccessLayout>
    );
  }

  return (
    <AccessLayout title={`Who is working on ${team.name}?`} underneath={appUnderneath}>
      <p>Everything you change will show your name, so your colleagues know who did what.</p>
      {adding ? (
        <AddYourself voucher={voucher} demo={demo} onAdded={setChosen} onCancel={backToList} />
      ) : (
        <PersonList
          onChosen={(member) => setChosen({ id: member.id, name: member.name })}
          onNotListed={() => setAdding(true)}
          {...(workingPerson
            ? {
                onBack: () => {
                  backToList();
                  cancelSwitch();
                },
              }
            : {})}
        />
      )}
    </AccessLayout>
  );
}
