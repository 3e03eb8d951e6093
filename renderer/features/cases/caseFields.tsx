/** The fields a new case and a case's summary both ask: its reference, its name on the board, stage and lead. */
import type { BoardColumn } from '../../../shared/domain/team';
import type { Member } from '../../../shared/domain/directory';
import { MemberField } from '../../ui/forms/MemberField';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import type { FieldBinding } from '../../ui/forms/useFormField';

/** What is wrong with a case's reference as typed, if anything; whether another case holds it is the writer's check. */
export function referenceProblem(reference: string): string | undefined {
  return reference.trim() === '' ? 'Enter a reference, such as JU-0042.' : undefined;
}

export function DisplayNameField(field: FieldBinding<string>) {
  return (
    <TextField
      {...field}
      label="Name on the board"
      hint="As little as the work needs, for example “Child A.”"
    />
  );
}

export function StageField({ stages, ...field }: FieldBinding<string> & { stages: readonly BoardColumn[] }) {
  return (
    <SelectField
      {...field}
      label="Stage"
      options={stages.map((stage) => ({ value: stage.id, label: stage.title }))}
    />
  );
}

export function LeadField({
  team,
  hint,
  ...field
}: FieldBinding<string> & { team: readonly Member[]; hint: string }) {
  return (
    <MemberField {...field} label="Lead professional" hint={hint} emptyLabel="Nobody yet" members={team} />
  );
}
