import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { indicatorChoices, indicatorLabel, inFrameworkOrder } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import type { BoardColumn } from '../../../../shared/domain/team';
import { useWriter } from '../../../app/team/useWriter';
import { TextField } from '../../../ui/forms/TextField';
import { moveCase } from '../../board/boardCommands';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';
import { changeLead, updateCaseDetails } from '../caseCommands';
import type { CaseSectionProps } from '../page/caseSectionProps';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { DisplayNameField, LeadField, referenceProblem, StageField } from '../caseFields';

export interface SummaryFormProps extends CaseSectionProps, CaseFormDone {}

export function DetailsForm({ caseRow, ...done }: SummaryFormProps) {
  const form = useSaveForm('details-', `details:${caseRow.id}`);
  const writer = useWriter();
  const reference = useFormField(form, 'reference', caseRow.reference);
  const displayName = useFormField(form, 'displayName', caseRow.displayName);
  return (
    <CaseForm
      title="Change the reference and name"
      form={form}
      problems={{ [reference.id]: referenceProblem(reference.value) }}
      save={() =>
        updateCaseDetails(writer, caseRow.id, { reference: reference.value, displayName: displayName.value })
      }
      saved="Reference and name saved."
      {...done}
    >
      <TextField
        {...reference}
        label="Reference"
        hint="Letters, digits and dashes. It must differ from every other case."
      />
      <DisplayNameField {...displayName} />
    </CaseForm>
  );
}

export function StageForm({ caseRow, stages, ...done }: SummaryFormProps & { stages: BoardColumn[] }) {
  const form = useSaveForm('stage-', `stage:${caseRow.id}`);
  const writer = useWriter();
  const columnId = useFormField(form, 'columnId', caseRow.columnId);
  const reason = useFormField(form, 'reason', '');
  const choices = stages.filter((stage) => !stage.retired || stage.id === caseRow.columnId);
  return (
    <CaseForm
      title="Move to another stage"
      submitLabel="Move"
      form={form}
      save={() => moveCase(writer, { caseId: caseRow.id, toColumnId: columnId.value, reason: reason.value })}
      saved={(moved) => `Moved to ${moved.to}. The move is in the chronology.`}
      {...done}
    >
      <StageField {...columnId} stages={choices} />
      <TextField {...reason} label="Reason (optional)" hint="It goes into the chronology with the move." />
    </CaseForm>
  );
}

export function LeadForm({ caseRow, team, today, ...done }: SummaryFormProps) {
  const form = useSaveForm('lead-', `lead:${caseRow.id}`);
  const writer = useWriter();
  const leadId = useFormField(form, 'leadMemberId', caseRow.leadMemberId ?? '');
  return (
    <CaseForm
      title="Change the lead professional"
      form={form}
      save={() => changeLead(writer, caseRow.id, leadId.value === '' ? null : leadId.value, today)}
      saved="Lead professional saved. The change is in the chronology."
      {...done}
    >
      <LeadField
        {...leadId}
        team={team}
        hint="One person coordinates the child’s plan and is the family’s main contact."
      />
    </CaseForm>
  );
}

export function ConcernsForm({ caseRow, ...done }: SummaryFormProps) {
  const form = useSaveForm('concerns-', `concerns:${caseRow.id}`);
  const writer = useWriter();
  const concerns = useFormField<string[]>(form, 'concerns', caseRow.concerns);
  const wellbeing = useWellbeing();
  const chosen = wellbeing ? inFrameworkOrder(concerns.value, wellbeing) : concerns.value;
  return (
    <CaseForm
      title="Change the wellbeing concerns"
      form={form}
      save={() => updateCaseDetails(writer, caseRow.id, { concerns: chosen })}
      saved="Wellbeing concerns saved."
      {...done}
    >
      <ConcernChoices value={concerns.value} held={caseRow.concerns} onChange={concerns.onChange} />
    </CaseForm>
  );
}

/**
 * The team's wellbeing indicators as checkboxes (react-aria handles keyboard and screen readers), followed by any
 * the case already holds from outside the team's framework, named with where they come from, so that changing the
 * case keeps them unless a person unticks them.
 */
export function ConcernChoices({
  value,
  held = [],
  onChange,
}: {
  value: string[];
  /** The indicators the case holds now. */
  held?: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const wellbeing = useWellbeing();
  if (!wellbeing) return <p role="status">Loading the team’s wellbeing indicators…</p>;
  const choices = indicatorChoices(wellbeing);
  const offered = new Set(choices.map((choice) => choice.id));
  const others = [...new Set([...held, ...value])].filter((id) => !offered.has(id));
  const all = [...choices, ...others.map((id) => ({ id, label: indicatorLabel(id, wellbeing) }))];
  return (
    <CheckboxGroup className="field checkbox-group" value={value} onChange={onChange}>
      <Label className="field__label">Wellbeing concerns</Label>
      <Text className="field__hint" slot="description">
        Choose every indicator the team is concerned about.
      </Text>
      {all.length === 0 ? (
        <p>The team’s own list of indicators is empty. A team leader adds them in Settings.</p>
      ) : (
        <div className="checkbox-grid">
          {all.map((item) => (
            <Checkbox key={item.id} value={item.id} className="checkbox">
              {item.label}
            </Checkbox>
          ))}
        </div>
      )}
    </CheckboxGroup>
  );
}
