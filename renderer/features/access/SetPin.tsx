import { useState } from 'react';
import { PIN_LENGTH, newPinProblems } from '../../../shared/access/pinRules';
import type { Member } from '../../../shared/domain/directory';
import { setPin } from '../../db/pins';
import { FormFrame } from '../../ui/forms/FormFrame';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { TextField } from '../../ui/forms/TextField';

interface SetPinProps {
  teamId: string;
  member: Pick<Member, 'id' | 'name'>;
  onDone: () => Promise<void>;
}

/** Choosing a personal PIN for this PC, typed twice. */
export function SetPin({ teamId, member, onDone }: SetPinProps) {
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const form = useSaveForm('new-');

  const submit = () =>
    void form.run(
      () => {
        const problems = newPinProblems(pin, again);
        return { 'new-pin': problems.pin, 'new-pin-again': problems.again };
      },
      async () => {
        await setPin(teamId, member.id, pin);
        await onDone();
      },
    );

  return (
    <FormFrame
      title="Choose your PIN"
      showHeading={false}
      form={form}
      submitLabel={form.busy ? 'Saving your PIN…' : 'Save my PIN and continue'}
      onSubmit={submit}
    >
      <TextField
        id="new-pin"
        label="Choose a PIN"
        hint={`${PIN_LENGTH.min} to ${PIN_LENGTH.max} numbers. You will use it to sign in and to unlock Joined Up on this PC. It is kept on this PC only, so other PCs ask you to choose one too.`}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={pin}
        onChange={setPinValue}
        error={form.errors['new-pin']}
        required
      />
      <TextField
        id="new-pin-again"
        label="Type the PIN again"
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        error={form.errors['new-pin-again']}
        required
      />
    </FormFrame>
  );
}
