import type { Procedure } from '../../../../shared/domain/charter';
import { useWriter } from '../../../app/team/useWriter';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { updateProcedure } from './procedureCommands';
import { ProcedureDetailsFields } from './ProcedureDetailsFields';
import { useProcedureDetails } from './useProcedureDetails';

/** Changes a procedure's title, kind and review date (its text changes only through a new version). */
export function ProcedureDetailsForm({
  procedure,
  onDone,
}: {
  procedure: Procedure;
  onDone: (saved: boolean) => void;
}) {
  const form = useSaveForm('details-', `procedure-details:${procedure.id}`);
  const writer = useWriter();
  const details = useProcedureDetails(form, procedure);

  return (
    <FormFrame
      title="Change the title, kind or review date"
      showHeading={false}
      focusOnOpen
      form={form}
      submitLabel="Save the details"
      onSubmit={() =>
        void form
          .run(
            details.check,
            () => updateProcedure(writer, procedure.id, details.values()),
            details.datesToQuestion,
          )
          .then((saved) => saved && onDone(true))
      }
      onCancel={() => onDone(false)}
    >
      <ProcedureDetailsFields {...details.fields} />
    </FormFrame>
  );
}
