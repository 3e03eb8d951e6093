import { Checkbox } from 'react-aria-components';
import { commitmentDateProblem } from '../../../../shared/charter/commitments';
import {
  COMMITMENT_KINDS,
  COMMITMENT_KIND_LABELS,
  type AgencyCommitment,
  type CommitmentKind,
} from '../../../../shared/domain/charter';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { ChoiceField } from '../../../ui/forms/ChoiceField';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { parseNumber } from '../../../ui/forms/parseNumber';
import { createCommitment, updateCommitment } from './commitmentCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { useAgencies } from '../../../app/data/useAgencies';
import { isRealDay, todayIso } from '../../../../shared/dates';

interface CommitmentFormProps {
  commitment?: AgencyCommitment;
  onSaved: (id: string) => void;
  onCancel?: () => void;
  /** True where a button on the page opens the form; false where the form is the page. */
  focusOnOpen?: boolean;
}

function Tick({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <Checkbox id={id} className="checkbox" isSelected={value} onChange={onChange}>
      {label}
    </Checkbox>
  );
}

/** Adds or changes what an agency commits to the team: staff posts and hours, funding, or other resources. */
export function CommitmentForm({ commitment, onSaved, onCancel, focusOnOpen = false }: CommitmentFormProps) {
  const form = useSaveForm('commitment-', `commitment:${commitment?.id ?? 'new'}`);
  const writer = useWriter();
  const agencies = useAgencies() ?? [];
  const agencyId = useFormField(form, 'agencyId', commitment?.agencyId ?? '');
  const kindField = useFormField<CommitmentKind>(form, 'kind', commitment?.kind ?? 'staff');
  const kind = kindField.value;
  const description = useFormField(form, 'description', commitment?.description ?? '');
  const posts = useFormField(form, 'posts', commitment ? String(commitment.posts) : '1');
  const hours = useFormField(form, 'hoursPerWeek', commitment ? String(commitment.hoursPerWeek) : '');
  const [seconded, setSeconded] = useDraftField(form.draftKey, 'seconded', commitment?.seconded ?? false);
  const [filled, setFilled] = useDraftField(form.draftKey, 'filled', commitment?.filled ?? true);
  const amount = useFormField(form, 'amount', commitment ? String(commitment.amount) : '');
  const start = useFormField(form, 'start', commitment?.start ?? todayIso());
  const end = useFormField(form, 'end', commitment?.end ?? '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (agencyId.value === '') errors['commitment-agencyId'] = 'Choose the agency.';
    if (description.value.trim() === '') errors['commitment-description'] = 'Say what the agency commits.';
    if (kind === 'staff') {
      const postCount = parseNumber(posts.value);
      if (postCount === null || postCount < 0)
        errors['commitment-posts'] = 'Enter the number of posts, such as 1 or 0.5.';
      const hourCount = parseNumber(hours.value === '' ? '0' : hours.value);
      if (hourCount === null || hourCount < 0)
        errors['commitment-hoursPerWeek'] = 'Enter the hours a week as a number.';
    }
    if (kind === 'funding') {
      const pounds = parseNumber(amount.value);
      if (pounds === null || pounds < 0)
        errors['commitment-amount'] = 'Enter the amount in pounds, such as 12500.';
    }
    if (!isRealDay(start.value)) errors['commitment-start'] = 'Enter the start date as a real date.';
    if (end.value !== '' && !isRealDay(end.value))
      errors['commitment-end'] = 'Enter the end date as a real date, or leave it empty.';
    else if (isRealDay(start.value)) {
      const problem = commitmentDateProblem(start.value, end.value === '' ? null : end.value);
      if (problem) errors['commitment-end'] = problem;
    }
    return errors;
  };

  const submit = async () => {
    let id = commitment?.id ?? '';
    const saved = await form.run(check, async () => {
      const fields = {
        agencyId: agencyId.value,
        kind,
        description: description.value.trim(),
        posts: kind === 'staff' ? (parseNumber(posts.value) ?? 0) : 0,
        hoursPerWeek: kind === 'staff' ? (parseNumber(hours.value) ?? 0) : 0,
        seconded: kind === 'staff' && seconded,
        filled: kind !== 'staff' || filled,
        amount: kind === 'funding' ? (parseNumber(amount.value) ?? 0) : 0,
        start: start.value,
        end: end.value === '' ? null : end.value,
      };
      if (commitment) await updateCommitment(writer, commitment.id, fields);
      else id = await createCommitment(writer, fields);
    });
    if (saved) onSaved(id);
  };

  return (
    <FormFrame
      title={commitment ? 'Change a commitment' : 'Add a commitment'}
      showHeading={false}
      form={form}
      submitLabel={commitment ? 'Save the commitment' : 'Add the commitment'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
      <SelectField
        {...agencyId}
        label="Agency"
        emptyLabel="Choose an agency"
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        hint={agencies.length === 0 ? 'Add the agency in People first.' : undefined}
      />
      <ChoiceField
        {...kindField}
        label="What kind of commitment"
        choices={COMMITMENT_KINDS}
        labels={COMMITMENT_KIND_LABELS}
      />
      <TextField
        {...description}
        label="What the agency commits"
        hint="For example: a health visitor, seconded full time."
        multiline
        required
      />
      {kind === 'staff' && (
        <>
          <TextField
            {...posts}
            label="Number of posts"
            hint="0.5 for a half-time post."
            inputMode="decimal"
          />
          <TextField {...hours} label="Hours a week in the team" inputMode="decimal" />
          <div className="field">
            <Tick
              id="commitment-seconded"
              label="Seconded into the team from this agency"
              value={seconded}
              onChange={setSeconded}
            />
            <Tick
              id="commitment-filled"
              label="Filled (leave unticked while the post is vacant)"
              value={filled}
              onChange={setFilled}
            />
          </div>
        </>
      )}
      {kind === 'funding' && <TextField {...amount} label="Amount a year, in pounds" inputMode="decimal" />}
      <TextField {...start} label="Starts" type="date" required />
      <TextField
        {...end}
        label="Ends (optional)"
        hint="Leave empty if no end has been agreed. It can end on the day it starts."
        type="date"
      />
    </FormFrame>
  );
}
