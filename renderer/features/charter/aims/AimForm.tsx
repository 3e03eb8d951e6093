import type { CharterAim } from '../../../../shared/domain/charter';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { createAim, updateAim } from './aimCommands';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';
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
  const [title, setTitle] = useDraftField(form.draftKey, 'title', aim?.title ?? '');
  const [description, setDescription] = useDraftField(form.draftKey, 'description', aim?.description ?? '');
  const [ownerId, setOwnerId] = useDraftField(form.draftKey, 'ownerId', aim?.ownerId ?? '');
  const [reviewDate, setReviewDate] = useDraftField(form.draftKey, 'reviewDate', aim?.reviewDate ?? '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (title.trim() === '') errors['aim-title'] = 'Enter the aim.';
    if (reviewDate !== '' && !isRealDay(reviewDate))
      errors['aim-reviewDate'] = 'Enter the review date as a real date.';
    return errors;
  };

  const submit = async () => {
    const fields = {
      title: title.trim(),
      description,
      ownerId: ownerId === '' ? null : ownerId,
      reviewDate: reviewDate === '' ? null : reviewDate,
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
        id="aim-title"
        label="The aim"
        hint="What the agencies in the team have agreed to work towards together."
        value={title}
        onChange={setTitle}
        error={form.errors['aim-title']}
        required
      />
      <TextField
        id="aim-description"
        label="More about this aim (optional)"
        multiline
        value={description}
        onChange={setDescription}
        error={form.errors['aim-description']}
      />
      <SelectField
        id="aim-ownerId"
        label="Who looks after this aim"
        value={ownerId}
        onChange={setOwnerId}
        emptyLabel="Nobody yet"
        options={members.map((member) => ({ value: member.id, label: member.name }))}
        error={form.errors['aim-ownerId']}
      />
      <TextField
        id="aim-reviewDate"
        label="Review the aim by (optional)"
        type="date"
        value={reviewDate}
        onChange={setReviewDate}
        error={form.errors['aim-reviewDate']}
      />
    </FormFrame>
  );
}
