import type { CharterAim } from '../../../../shared/domain/charter';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { MemberField } from '../../../ui/forms/MemberField';
import { TextField } from '../../../ui/forms/TextField';
import { createAim, updateAim } from './aimCommands';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { isRealDay } from '../../../../shared/dates';

interface AimFormProps {
  /** The aim to change; a new aim when left out. */
  aim?: CharterAim;
  onSaved: (id: string) => void;
  onCancel?: () => void;
  /** True where a button on the page opens the form; false where the form is the page. */
  focusOnOpen?: boolean;
}

/** Adds or changes one of the team's joint aims: what it is, who looks after it, and when it is next reviewed. */
export function AimForm({ aim, onSaved, onCancel, focusOnOpen = false }: AimFormProps) {
  const form = useSaveForm('aim-', `charter-aim:${aim?.id ?? 'new'}`);
  const writer = useWriter();
  const members = useCurrentMembers() ?? [];
  const title = useFormField(form, 'title', aim?.title ?? '');
  const description = useFormField(form, 'description', aim?.description ?? '');
  const ownerId = useFormField(form, 'ownerId', aim?.ownerId ?? '');
  const reviewDate = useFormField(form, 'reviewDate', aim?.reviewDate ?? '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (title.value.trim() === '') errors['aim-title'] = 'Enter the aim.';
    if (reviewDate.value !== '' && !isRealDay(reviewDate.value))
      errors['aim-reviewDate'] = 'Enter the review date as a real date.';
    return errors;
  };

  const submit = async () => {
    const fields = {
      title: title.value.trim(),
      description: description.value,
      ownerId: ownerId.value === '' ? null : ownerId.value,
      reviewDate: reviewDate.value === '' ? null : reviewDate.value,
    };
    let id = aim?.id ?? '';
    const saved = await form.run(check, async () => {
      if (aim) await updateAim(writer, aim.id, fields);
      else id = await createAim(writer, fields);
    }, [{ id: 'aim-reviewDate', label: 'Review the aim by', date: fields.reviewDate }]);
    if (saved) onSaved(id);
  };

  return (
    <FormFrame
      title={aim ? 'Change the aim' : 'Add an aim'}
      showHeading={false}
      form={form}
      submitLabel={aim ? 'Save the aim' : 'Add the aim'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
      <TextField
        {...title}
        label="The aim"
        hint="What the agencies in the team have agreed to work towards together."
        required
      />
      <TextField {...description} label="More about this aim (optional)" multiline />
      <MemberField {...ownerId} label="Who looks after this aim" emptyLabel="Nobody yet" members={members} />
      <TextField {...reviewDate} label="Review the aim by (optional)" type="date" />
    </FormFrame>
  );
}
