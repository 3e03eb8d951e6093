import { useState, type ReactNode } from 'react';
import type { Member } from '../../../../shared/domain/directory';
import { useSettings } from '../../../app/settings/useSettings';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { AccessLayout } from './AccessLayout';
import { PinEntry } from './PinEntry';
import { isProven, markProven } from './provenHere';
import { SecretField } from './SecretField';
import { SetPassword } from './SetPassword';
import { SetPin } from './SetPin';
import { checkPassword, recordVouch } from './signInCommands';
import { useHasPassword } from './useHasPassword';
import { usePinState } from './usePinState';
import { VouchForm } from './VouchForm';

export interface Chosen {
  id: string;
  name: string;
}

interface ForPersonProps {
  member: Chosen;
  /** A made-up demo team: anyone may sign in as anyone, without a password or a leader. */
  demo: boolean;
  underneath: boolean;
  onDone: () => Promise<void>;
  other: ReactNode;
}

/** After showing who they are: a password to choose (or to replace, after a leader vouched), then a PIN. */
type Step = 'start' | 'vouch' | 'password' | 'new-password' | 'pin';

/**
 * Signing in as one person. With a PIN on this PC: the PIN. Without one, the person first shows it is them, with
 * their personal password or a team leader at the PC vouching for them, then chooses a PIN; someone with no
 * personal password yet chooses one on the way. Nobody else's name can be taken on by choosing a PIN for it.
 */
export function ForPerson({ member, demo, underneath, onDone, other }: ForPersonProps) {
  const db = useTeamDb();
  const { settings } = useSettings();
  const pin = usePinState(db.teamId, member.id);
  const hasPassword = useHasPassword(member.id);
  const [step, setStep] = useState<Step>('start');
  if (!pin || hasPassword === undefined) {
    return (
      <AccessLayout title="Joined Up" underneath={underneath}>
        <p role="status">Loading…</p>
      </AccessLayout>
    );
  }
  const needsPassword = !demo && !hasPassword;
  const back = <div className="button-row">{other}</div>;
  // Someone who proved who they are just now in this window (setting up the team) goes straight on.
  const proven = demo || isProven(db.teamId, member.id);
  const current: Step =
    step === 'start' && !pin.hasPin && proven ? (needsPassword ? 'password' : 'pin') : step;

  if (current === 'password' || current === 'new-password') {
    return (
      <AccessLayout title="Choose your personal password" underneath={underneath}>
        <p>
          {member.name}, your personal password shows it is you the first time you work on any PC of the team.
          It travels with the team’s files as a check only: nobody can read it back, not even a team leader.
        </p>
        <SetPassword
          member={member}
          onDone={pin.hasPin ? onDone : () => setStep('pin')}
          {...(current === 'new-password' ? { onKeep: () => setStep('pin') } : {})}
        />
        {back}
      </AccessLayout>
    );
  }

  if (pin.hasPin) {
    return (
      <AccessLayout title={underneath ? 'Joined Up is locked' : 'Sign in'} underneath={underneath}>
        <p>
          {underneath
            ? `${member.name} was working here. Enter your PIN to carry on where you left off.`
            : `Signing in as ${member.name}.`}
        </p>
        <PinEntry
          teamId={db.teamId}
          member={member}
          submitLabel={underneath ? 'Unlock' : 'Sign in'}
          onRight={async () => {
            markProven(db.teamId, member.id);
            if (needsPassword) setStep('password');
            else await onDone();
          }}
        />
        {back}
      </AccessLayout>
    );
  }

  if (current === 'pin') {
    return (
      <AccessLayout title="Choose your PIN" underneath={underneath}>
        <p>
          {member.name}, choose a PIN for this PC. You will enter it each time you sign in here, and to unlock
          the screen when you come back to it.
        </p>
        <SetPin key={member.id} teamId={db.teamId} member={member} demo={demo} onDone={onDone} />
        {back}
      </AccessLayout>
    );
  }

  const afterVouch = async (leader: Member) => {
    await recordVouch(db, settings.deviceId, leader, member.id);
    setStep(hasPassword ? 'new-password' : 'password');
  };
  if (current === 'vouch' || !hasPassword) {
    return (
      <AccessLayout title="A team leader vouches for you" underneath={underneath}>
        <p>
          This is the first time {member.name} works on this PC
          {hasPassword ? '' : ', and they have no personal password yet'}. A team leader who is here with you
          can vouch that it is you. Then you choose {hasPassword ? 'a PIN' : 'a personal password and a PIN'}.
        </p>
        <VouchForm forWhom={member.name} exceptId={member.id} onVouched={afterVouch} />
        <div className="button-row">
          {hasPassword && (
            <button type="button" className="button button--secondary" onClick={() => setStep('start')}>
              Use my personal password instead
            </button>
          )}
          {other}
        </div>
      </AccessLayout>
    );
  }
  return (
    <AccessLayout title="Show it is you" underneath={underneath}>
      <p>
        This is the first time {member.name} works on this PC. Enter your personal password, the one you chose
        the first time you used Joined Up, or ask a team leader who is here to vouch for you.
      </p>
      <SecretField
        id="own-password"
        kind="password"
        label={`${member.name}’s personal password`}
        submitLabel="Continue"
        check={(secret) => checkPassword(db, member.id, secret)}
        onRight={() => setStep('pin')}
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setStep('vouch')}>
          A team leader is here to vouch for me
        </button>
        {other}
      </div>
    </AccessLayout>
  );
}
