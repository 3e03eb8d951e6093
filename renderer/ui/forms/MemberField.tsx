import { SelectField, type SelectFieldProps } from './SelectField';

interface MemberFieldProps extends Omit<SelectFieldProps, 'options'> {
  /** The people to choose from, in the order they are offered. */
  members: readonly { id: string; name: string }[];
}

/** A choice of one person in the team, by name; `emptyLabel` ("Nobody yet", "Not recorded") offers no one. */
export function MemberField({ members, ...field }: MemberFieldProps) {
  return (
    <SelectField {...field} options={members.map((member) => ({ value: member.id, label: member.name }))} />
  );
}
