import { PROCEDURE_KINDS, PROCEDURE_KIND_LABELS } from '../../../../shared/domain/charter';
import { ChoiceField } from '../../../ui/forms/ChoiceField';
import { TextField } from '../../../ui/forms/TextField';
import type { ProcedureDetailsFieldBindings } from './useProcedureDetails';

/** A procedure's title, kind and review date, as a new procedure and a procedure's details form both ask them. */
export function ProcedureDetailsFields({ title, kind, reviewDate }: ProcedureDetailsFieldBindings) {
  return (
    <>
      <TextField {...title} label="Title" required />
      <ChoiceField
        {...kind}
        label="Kind of procedure"
        choices={PROCEDURE_KINDS}
        labels={PROCEDURE_KIND_LABELS}
      />
      <TextField {...reviewDate} label="Review by (optional)" type="date" />
    </>
  );
}
