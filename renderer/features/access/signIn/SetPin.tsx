import { PIN_LENGTH, newPinProblems } from '../../../../shared/access/pinRules';
import type { Member } from '../../../../shared/domain/directory';
import { useSettings } from '../../../app/settings/useSettings';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { forgetProven } from './provenHere';
import { choosePin } from './signInCommands';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { NewSecretFields } from '../../../ui/forms/NewSecretFields';
import { useNewSecret } from '../../../ui/forms/useNewSecret';

interface SetPinProps {
  teamId: string;
  member: Pick<Member, 'id' | 'name'>;
  /** A made-up demo team, where anyone may choose a PIN for anyone. */
  demo: boolean;
  onDone: () => Promise<void>;
}

/** Choosing a personal PIN for this PC, typed twice. */
export function SetPin({ teamId, member, demo, onDone }: SetPinProps) {
  const db = useTeamDb();
  const { settings } = useSettings();
  const form = useSaveForm('new-');
  const pin = useNewSecret(form, 'pin');

  const submit = () =>
    void form.run(
      () => {
        const problems = newPinProblems(pin.value, pin.again);
        return { [pin.id]: problems.pin, [`${pin.id}-again`]: problems.again };
      },
      async () => {
        await choosePin(db, settings.deviceId, member, pin.value, { demo });
        forgetProven(teamId, member.id);
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
      <NewSecretFields
        {...pin}
        label="Choose a PIN"
        againLabel="Type the PIN again"
        hint={`${PIN_LENGTH.min} to ${PIN_LENGTH.max} numbers. You will use it to sign in and to unlock Joined Up on this PC. It is kept on this PC only, so other PCs ask you to choose one too.`}
        inputMode="numeric"
      />
    </FormFrame>
  );
}
