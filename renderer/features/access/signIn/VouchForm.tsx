import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { Member } from '../../../../shared/domain/directory';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { SecretField } from './SecretField';
import { leaderProves } from './signInCommands';
import { usePinHolders } from '../roles/usePinHolders';
import { useTeamLeaders } from './useTeamLeaders';

interface VouchFormProps {
  /** Who the leader vouches for, in words: "Ali Khan", or "this new colleague". */
  forWhom: string;
  /** The person being vouched for is not offered as their own voucher. */
  exceptId?: string;
  onVouched: (leader: Member) => Promise<void> | void;
}

/**
 * A team leader who is at the PC vouches in person for a colleague: they choose their own name and prove it is them
 * there and then, with their PIN on this PC (or their personal password where they have no PIN here).
 */
export function VouchForm({ forWhom, exceptId, onVouched }: VouchFormProps) {
  const db = useTeamDb();
  const leaders = useTeamLeaders()?.filter((leader) => leader.id !== exceptId);
  const pinHolders = usePinHolders(db.teamId);
  const [chosenId, setChosenId] = useState('');
  const leader = leaders?.find((candidate) => candidate.id === chosenId);

  if (!leaders || !pinHolders) return <p role="status">Loading the team’s leaders…</p>;
  if (leaders.length === 0) {
    return (
      <p>
        This team has no leader who could vouch for {forWhom}. A leader is named under Settings, Roles and
        PINs.
      </p>
    );
  }
  const byPin = leader ? pinHolders.has(leader.id) : false;
  return (
    <>
      <RadioGroup id="voucher" className="radio-group" value={chosenId} onChange={setChosenId}>
        <Label className="field__label">Which team leader is here?</Label>
        {leaders.map((candidate) => (
          <Radio key={candidate.id} value={candidate.id} className="radio">
            {candidate.name}
          </Radio>
        ))}
      </RadioGroup>
      {leader && (
        <SecretField
          key={leader.id}
          id="voucher-secret"
          kind={byPin ? 'PIN' : 'password'}
          label={byPin ? `${leader.name}’s PIN` : `${leader.name}’s personal password`}
          hint={`${leader.name}, by entering this you vouch that the person at the PC is ${forWhom}.`}
          submitLabel={`Vouch for ${forWhom}`}
          check={(secret) => leaderProves(db, leader, secret)}
          onRight={() => onVouched(leader)}
        />
      )}
    </>
  );
}
