import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { indicatorChoices, indicatorLabel, inFrameworkOrder } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import type { BoardColumn } from '../../../../shared/domain/team';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { moveCase } from '../../board/boardCommands';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { changeLead, updateCaseDetails } from '../caseCommands';
import type { CaseSectionProps } from '../page/caseSectionProps';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';

export interface SummaryFormProps extends CaseSectionProps {
  onCancel: () => void;
  onSaved: (message: string) => void;
}

export function DetailsForm({ caseRow, onCancel, onSaved }: SummaryFormProps) {
  const form = useSaveForm('details-', `details:${caseRow.id}`);
  const writer = useWriter();
  const [reference, setReference] = useDraftField(form.draftKey, 'reference', caseRow.reference);
  const [displayName, setDisplayName] = useDraftField(form.draftKey, 'displayName', caseRow.displayName);
  const submit = async () => {
    const ok = await form.run(
      () => ({
        'details-reference': reference.trim() === '' ? 'Enter a reference, such as JU-0042.' : undefined,
      }),
      () => updateCaseDetails(writer, caseRow.id, { reference, displayName }),
    );
    if (ok) onSaved('Reference and name saved.');
  };
  return (
    <FormFrame
      className="case-form"
      title="Change the reference and name"
      form={form}
      submitLabel="Save"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="details-reference"
        label="Reference"
        hint="Letters, digits and dashes. It must differ from every other case."
        value={reference}
        onChange={setReference}
        error={form.errors['details-reference']}
      />
      <TextField
        id="details-displayName"
        label="Name on the board"
        hint="As little as the work needs, for example “Child A.”"
        value={displayName}
        onChange={setDisplayName}
        error={form.errors['details-displayName']}
      />
    </FormFrame>
  );
}

export function StageForm({
  caseRow,
  onCancel,
  onSaved,
  stages,
}: SummaryFormProps & { stages: BoardColumn[] }) {
  const form = useSaveForm('stage-', `stage:${caseRow.id}`);
  const writer = useWriter();
  const [columnId, setColumnId] = useDraftField(form.draftKey, 'columnId', caseRow.columnId);
  const [reason, setReason] = useDraftField(form.draftKey, 'reason', '');
  const choices = stages.filter((stage) => !stage.retired || stage.id === caseRow.columnId);
  const submit = async () => {
    let moved = '';
    const ok = await form.run(
      () => ({}),
      async () => {
        const result = await moveCase(writer, { caseId: caseRow.id, toColumnId: columnId, reason });
        moved = result.to;
      },
    );
    if (ok) onSaved(`Moved to ${moved}. The move is in the chronology.`);
  };
  return (
    <FormFrame
      className="case-form"
      title="Move to another stage"
      form={form}
      submitLabel="Move"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectField
        id="stage-columnId"
        label="Stage"
        value={columnId}
        options={choices.map((stage) => ({ value: stage.id, label: stage.title }))}
        onChange={setColumnId}
        error={form.errors['stage-columnId']}
      />
      <TextField
        id="stage-reason"
        label="Reason (optional)"
        hint="It goes into the chronology with the move."
        value={reason}
        onChange={setReason}
        error={form.errors['stage-reason']}
      />
    </FormFrame>
  );
}

export function LeadForm({ caseRow, team, today, onCancel, onSaved }: SummaryFormProps) {
  const form = useSaveForm('lead-', `lead:${caseRow.id}`);
  const writer = useWriter();
  const [leadId, setLeadId] = useDraftField(form.draftKey, 'leadId', caseRow.leadMemberId ?? '');
  const submit = async () => {
    const ok = await form.run(
      () => ({}),
      () => changeLead(writer, caseRow.id, leadId === '' ? null : leadId, today),
    );
    if (ok) onSaved('Lead professional saved. The change is in the chronology.');
  };
  return (
    <FormFrame
      className="case-form"
      title="Change the lead professional"
      form={form}
      submitLabel="Save"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectField
        id="lead-leadMemberId"
        label="Lead professional"
        hint="One person coordinates the child’s plan and is the family’s main contact."
        value={leadId}
        emptyLabel="Nobody yet"
        options={team.map((member) => ({ value: member.id, label: member.name }))}
        onChange={setLeadId}
        error={form.errors['lead-leadMemberId']}
      />
    </FormFrame>
  );
}

export function ConcernsForm({ caseRow, onCancel, onSaved }: SummaryFormProps) {
  const form = useSaveForm('concerns-', `concerns:${caseRow.id}`);
  const writer = useWriter();
  const [concerns, setConcerns] = useDraftField<string[]>(form.draftKey, 'concerns', caseRow.concerns);
  const wellbeing = useWellbeing();
  const submit = async () => {
    const chosen = wellbeing ? inFrameworkOrder(concerns, wellbeing) : concerns;
    const ok = await form.run(
      () => ({}),
      () => updateCaseDetails(writer, caseRow.id, { concerns: chosen }),
    );
    if (ok) onSaved('Wellbeing concerns saved.');
  };
  return (
    <FormFrame
      className="case-form"
      title="Change the wellbeing concerns"
      form={form}
      submitLabel="Save"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConcernChoices value={concerns} held={caseRow.concerns} onChange={setConcerns} />
    </FormFrame>
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
