import type { ReactNode } from 'react';
import { useWriter } from '../../../app/team/useWriter';
import type { AuthoredTable } from '../../../../shared/access/permissions';
import { deleteCaseRow, type CaseRowTable } from '../caseRowCommands';
import { ChangeButton } from './ChangeButton';
import type { CaseSectionProps } from './caseSectionProps';

interface CaseRowButtonsProps {
  /** Rows someone wrote (views, chronology) are removed through RemoveEntryButton, which asks first. */
  table: Exclude<CaseRowTable, AuthoredTable>;
  row: { id: string };
  /** The row's place in its list, where the notice of its removal stands. */
  index: number;
  /** What the row is ("aim") and its own words ("Attends school every day"), as the buttons and notice say them. */
  kind: string;
  name: string;
  onChange: () => void;
  onDeleted: CaseSectionProps['onDeleted'];
  /** Buttons of the row's own before Change (an action's Mark done). */
  children?: ReactNode;
}

/**
 * The buttons under a row of a case's list: Change opens its form in place (the button's id, `<kind>-<row id>`,
 * is where focus returns), and Delete removes it to Recently deleted, telling the page so it can offer Undo.
 */
export function CaseRowButtons({
  table,
  row,
  index,
  kind,
  name,
  onChange,
  onDeleted,
  children,
}: CaseRowButtonsProps) {
  const writer = useWriter();
  const remove = async () => {
    await deleteCaseRow(writer, table, row.id);
    onDeleted(table, row.id, `the ${kind} “${name}”`, index);
  };
  return (
    <div className="button-row no-print">
      {children}
      <ChangeButton id={`${kind}-${row.id}`} what={`${kind}: ${name}`} onPress={onChange} />
      <button type="button" className="link-button" onClick={() => void remove()}>
        Delete<span className="visually-hidden">{` ${kind}: ${name}`}</span>
      </button>
    </div>
  );
}
