import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { Agency, Member } from '../../../../shared/domain/directory';
import { MEMBER_STATUSES, PROFESSIONS, PROFESSION_LABELS } from '../../../../shared/domain/directory';
import { isCurrentMember } from '../../../../shared/people/members';
import { PageForm } from '../../../ui/forms/PageForm';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import type { MemberFields } from './memberCommands';
import { FIELD_PREFIX, fieldsFromValues, type MemberFormValues } from './memberForm';
import { OfficeDaysField } from './OfficeDaysField';
import { SkillsField } from './SkillsField';
import { STATUS_LABELS } from '../words';
import { useDraftField } from '../../../app/drafts/useDraftField';

interface MemberFormProps {
  initial: MemberFormValues;
  /** The member being changed, or null for a new one (so they are not offered as their own supervisor). */
  memberId: string | null;
  members: readonly Member[];
  agencies: readonly Agency[];
  submitLabel: string;
  onSave: (fields: MemberFields) => Promise<void>;
  onCancel: () => void;
}

const id = (field: keyof MemberFormValues) => `${FIELD_PREFIX}${field}`;

/** Adding or changing a member. What was typed stays when there is a problem; nothing is saved until it is fixed. */
export function MemberForm({
  initial,
  memberId,
  members,
  agencies,
  submitLabel,
  onSave,
  onCancel,
}: MemberFormProps) {
  const form = useSaveForm(FIELD_PREFIX, `member:${memberId ?? 'new'}`);
  const [values, setValues] = useDraftField(form.draftKey, 'values', initial);
  const errors = form.errors;
  const set =
    <Key extends keyof MemberFormValues>(key: Key) =>
    (value: MemberFormValues[Key]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const text = (key: keyof MemberFormValues) => ({
    id: id(key),
    value: String(values[key]),
    onChange: set(key) as (value: string) => void,
    error: errors[id(key)],
  });

  const agencyOptions = agencies.map((agency) => ({ value: agency.id, label: agency.name }));
  const people = members
    .filter(
      (member) =>
        member.id !== memberId &&
        (isCurrentMember(member) || member.id === values.supervisorId || member.id === values.lineManagerId),
    )
    .map((member) => ({
      value: member.id,
      label: `${member.name}${member.status === 'left' ? ' (has left)' : ''}`,
    }));

  const submit = () => {
    const result = fieldsFromValues(values);
    return form.run(
      () => (result.ok ? {} : result.errors),
      async () => {
        if (result.ok) await onSave(result.fields);
      },
    );
  };

  return (
    <PageForm
      title={memberId ? 'Change details' : 'Add a person'}
      className="member-form"
      form={form}
      submitLabel={submitLabel}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <fieldset>
        <legend>About them</legend>
        <TextField label="Name" autoComplete="off" required {...text('name')} />
        <TextField
          label="Pronouns (optional)"
          hint="For example she/her, he/him, they/them."
          {...text('pronouns')}
        />
        <SelectField
          label="Profession"
          options={PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] }))}
          emptyLabel="Choose a profession"
          {...text('profession')}
        />
        {values.profession === 'other' && (
          <TextField label="Profession, in their own words" {...text('professionOther')} />
        )}
        <TextField label="Role title" hint="Their job title in this team." {...text('roleTitle')} />
      </fieldset>
      <fieldset>
        <legend>Their role in joint work</legend>
        <TextField label="What I do" multiline {...text('whatIDo')} />
        <TextField
          label="What I do not do"
          hint="What colleagues should not expect of this role, so nobody assumes someone else has it covered."
          multiline
          {...text('whatIDoNot')}
        />
        <TextField label="What I bring to joint work" multiline {...text('whatIBring')} />
        <SkillsField
          id={id('skills')}
          skills={values.skills}
          onChange={set('skills')}
          members={members}
          error={errors[id('skills')]}
        />
      </fieldset>
      <fieldset>
        <legend>Agency and accountability</legend>
        <SelectField
          label="Employing agency"
          options={agencyOptions}
          emptyLabel="Not recorded"
          {...text('employingAgencyId')}
        />
        <SelectField
          label="Host agency (if seconded)"
          hint="The agency they are seconded to. Leave empty if they work for their employer’s own team."
          options={agencyOptions}
          emptyLabel="Not seconded"
          {...text('hostAgencyId')}
        />
        <div className="field-pair">
          <TextField label="Secondment start" type="date" {...text('secondmentStart')} />
          <TextField label="Secondment end" type="date" {...text('secondmentEnd')} />
        </div>
        <SelectField
          label="Professional supervisor"
          hint="Who supervises their practice. For a seconded member this is often in their home agency."
          options={people}
          emptyLabel="Not recorded"
          {...text('supervisorId')}
        />
        <SelectField
          label="Line manager"
          hint="Who manages their day-to-day work in this team."
          options={people}
          emptyLabel="Not recorded"
          {...text('lineManagerId')}
        />
      </fieldset>
      <fieldset>
        <legend>Contact and working pattern</legend>
        <TextField label="Phone" type="tel" autoComplete="off" {...text('phone')} />
        <TextField label="Email" type="email" autoComplete="off" {...text('email')} />
        <TextField label="Desk or room" {...text('desk')} />
        <OfficeDaysField id={id('officeDays')} value={values.officeDays} onChange={set('officeDays')} />
        <TextField
          label="Hours a week"
          hint="Leave empty if not known. Under 30 counts as part-time."
          inputMode="decimal"
          {...text('hoursPerWeek')}
        />
        <RadioGroup
          id={id('coLocated')}
          className="field radio-group"
          value={values.coLocated ? 'yes' : 'no'}
          onChange={(value) => set('coLocated')(value === 'yes')}
        >
          <Label className="field__label">Based in the shared office?</Label>
          <Radio value="yes" className="radio">
            Yes, based in the shared office
          </Radio>
          <Radio value="no" className="radio">
            No, based elsewhere
          </Radio>
        </RadioGroup>
        <SelectField
          label="Status"
          hint="Someone who has left stays in the directory so their name stays on what they wrote."
          options={MEMBER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
          {...text('status')}
        />
      </fieldset>
    </PageForm>
  );
}
