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
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { parseNumber } from '../../../ui/forms/parseNumber';
import { createCommitment, updateCommitment } from './commitmentCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
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
    <Checkbox id={id} className="charter-checkbox" isSelected={value} onChange={onChange}>
      <span className="charter-checkbox__box" aria-hidden="true">
        {value ? '✓' : ''}
      </span>
      {label}
    </Checkbox>
  );
}

/** Adds or changes what an agency commits to the team: staff posts and hours, funding, or other resources. */
export function CommitmentForm({ commitment, onSaved, onCancel, focusOnOpen = false }: CommitmentFormProps) {
  const form = useSaveForm('commitment-', `commitment:${commitment?.id ?? 'new'}`);
  const writer = useWriter();
  const agencies = useAgencies() ?? [];
  const [agencyId, setAgencyId] = useDraftField(form.draftKey, 'agencyId', commitment?.agencyId ?? '');
  const [kind, setKind] = useDraftField<CommitmentKind>(form.draftKey, 'kind', commitment?.kind ?? 'staff');
  const [description, setDescription] = useDraftField(
    form.draftKey,
    'description',
    commitment?.description ?? '',
  );
  const [posts, setPosts] = useDraftField(
    form.draftKey,
    'posts',
    commitment ? String(commitment.posts) : '1',
  );
  const [hours, setHours] = useDraftField(
    form.draftKey,
    'hours',
    commitment ? String(commitment.hoursPerWeek) : '',
  );
  const [seconded, setSeconded] = useDraftField(form.draftKey, 'seconded', commitment?.seconded ?? false);
  const [filled, setFilled] = useDraftField(form.draftKey, 'filled', commitment?.filled ?? true);
  const [amount, setAmount] = useDraftField(
    form.draftKey,
    'amount',
    commitment ? String(commitment.amount) : '',
  );
  const [start, setStart] = useDraftField(form.draftKey, 'start', commitment?.start ?? todayIso());
  const [end, setEnd] = useDraftField(form.draftKey, 'end', commitment?.end ?? '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (agencyId === '') errors['commitment-agencyId'] = 'Choose the agency.';
    if (description.trim() === '') errors['commitment-description'] = 'Say what the agency commits.';
    if (kind === 'staff') {
      const postCount = parseNumber(posts);
      if (postCount === null || postCount < 0)
        errors['commitment-posts'] = 'Enter the number of posts, such as 1 or 0.5.';
      const hourCount = parseNumber(hours === '' ? '0' : hours);
      if (hourCount === null || hourCount < 0)
        errors['commitment-hoursPerWeek'] = 'Enter the hours a week as a number.';
    }
    if (kind === 'funding') {
      const pounds = parseNumber(amount);
      if (pounds === null || pounds < 0)
        errors['commitment-amount'] = 'Enter the amount in pounds, such as 12500.';
    }
    if (!isRealDay(start)) errors['commitment-start'] = 'Enter the start date as a real date.';
    if (end !== '' && !isRealDay(end))
      errors['commitment-end'] = 'Enter the end date as a real date, or leave it empty.';
    else if (isRealDay(start)) {
      const problem = commitmentDateProblem(start, end === '' ? null : end);
      if (problem) errors['commitment-end'] = problem;
    }
    return errors;
  };

  const submit = async () => {
    let id = commitment?.id ?? '';
    const saved = await form.run(check, async () => {
      const fields = {
        agencyId,
        kind,
        description: description.trim(),
        posts: kind === 'staff' ? (parseNumber(posts) ?? 0) : 0,
        hoursPerWeek: kind === 'staff' ? (parseNumber(hours) ?? 0) : 0,
        seconded: kind === 'staff' && seconded,
        filled: kind !== 'staff' || filled,
        amount: kind === 'funding' ? (parseNumber(amount) ?? 0) : 0,
        start,
        end: end === '' ? null : end,
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
        id="commitment-agencyId"
        label="Agency"
        value={agencyId}
        onChange={setAgencyId}
        emptyLabel="Choose an agency"
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        error={form.errors['commitment-agencyId']}
        hint={agencies.length === 0 ? 'Add the agency in People first.' : undefined}
      />
      <SelectField
        id="commitment-kind"
        label="What kind of commitment"
        value={kind}
        onChange={(value) => setKind(COMMITMENT_KINDS.find((option) => option === value) ?? 'staff')}
        options={COMMITMENT_KINDS.map((value) => ({ value, label: COMMITMENT_KIND_LABELS[value] }))}
      />
      <TextField
        id="commitment-description"
        label="What the agency commits"
        hint="For example: a health visitor, seconded full time."
        multiline
        value={description}
        onChange={setDescription}
        error={form.errors['commitment-description']}
        required
      />
      {kind === 'staff' && (
        <>
          <TextField
            id="commitment-posts"
            label="Number of posts"
            hint="0.5 for a half-time post."
            inputMode="decimal"
            value={posts}
            onChange={setPosts}
            error={form.errors['commitment-posts']}
          />
          <TextField
            id="commitment-hoursPerWeek"
            label="Hours a week in the team"
            inputMode="decimal"
            value={hours}
            onChange={setHours}
            error={form.errors['commitment-hoursPerWeek']}
          />
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
      {kind === 'funding' && (
        <TextField
          id="commitment-amount"
          label="Amount a year, in pounds"
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
          error={form.errors['commitment-amount']}
        />
      )}
      <TextField
        id="commitment-start"
        label="Starts"
        type="date"
        value={start}
        onChange={setStart}
        error={form.errors['commitment-start']}
        required
      />
      <TextField
        id="commitment-end"
        label="Ends (optional)"
        hint="Leave empty if no end has been agreed. It can end on the day it starts."
        type="date"
        value={end}
        onChange={setEnd}
        error={form.errors['commitment-end']}
      />
    </FormFrame>
  );
}
