import {
  REFERENCE_KINDS,
  REFERENCE_KIND_LABELS,
  type CaseReference,
  type ReferenceKind,
} from '../../../../shared/domain/cases';
import { showNhsNumber } from '../../../../shared/domain/nhsNumber';
import { useWriter } from '../../../app/team/useWriter';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';
import { addCaseReference, deleteCaseRow } from '../caseRowCommands';
import { agencyName } from '../caseWords';
import type { CaseSectionProps } from '../page/caseSectionProps';
import { RemovedNotice, caseItemId } from '../page/RemovedNotice';
import { CaseSection } from '../page/CaseSection';

/** What a reference number is, in the words the case page and the board's search use. */
export function referenceTerm(row: Pick<CaseReference, 'kind' | 'label'>): string {
  return row.kind === 'other' && row.label !== '' ? row.label : REFERENCE_KIND_LABELS[row.kind];
}

function shownValue(row: CaseReference): string {
  return row.kind === 'nhs-number' ? showNhsNumber(row.value) : row.value;
}

/**
 * Each agency's own reference numbers for the case (the council's case number, the NHS number where the team
 * records it), so a practitioner can match the case to their agency's system. The board's search finds them.
 */
export function CaseReferences(props: CaseSectionProps) {
  const { rows, agencies, onDeleted, removed, undoRemoval } = props;
  const writer = useWriter();
  const { editing, saved, open, close, done } = useEditingPart<'add'>('reference');
  const justRemoved = removed?.table === 'caseReferences' ? removed : null;

  return (
    <CaseSection id="references" title="Agencies’ reference numbers" saved={saved}>
      {justRemoved && <RemovedNotice removed={justRemoved} onUndo={undoRemoval} />}
      {rows.caseReferences.length === 0 ? (
        !justRemoved && <p>No agency&rsquo;s reference numbers recorded.</p>
      ) : (
        <SummaryList>
          {rows.caseReferences.map((row, index) => {
            const term = referenceTerm(row);
            return (
              <SummaryRow
                key={row.id}
                term={
                  <span id={caseItemId('caseReferences', row.id)} tabIndex={-1}>
                    {term}
                    {row.agencyId && (
                      <span className="case-muted"> ({agencyName(agencies, row.agencyId)})</span>
                    )}
                  </span>
                }
                actions={
                  <button
                    type="button"
                    className="link-button no-print"
                    onClick={() =>
                      void deleteCaseRow(writer, 'caseReferences', row.id).then(() =>
                        onDeleted('caseReferences', row.id, `the ${term.toLowerCase()} ${row.value}`, index),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> {term}</span>
                  </button>
                }
              >
                {shownValue(row)}
              </SummaryRow>
            );
          })}
        </SummaryList>
      )}
      {editing === 'add' ? (
        <ReferenceForm {...props} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="reference-add" onOpen={() => open('add')}>
          Add a reference number
        </OpenFormButton>
      )}
    </CaseSection>
  );
}

interface ReferenceFormProps extends CaseSectionProps, CaseFormDone {}

const isKind = (value: string): value is ReferenceKind => REFERENCE_KINDS.some((kind) => kind === value);

function ReferenceForm({ caseRow, agencies, ...done }: ReferenceFormProps) {
  const form = useSaveForm('referenceform-', `reference:${caseRow.id}`);
  const writer = useWriter();
  const [kind, setKind] = useDraftField<string>(form.draftKey, 'kind', 'council-case');
  const label = useFormField(form, 'label', '');
  const agencyId = useFormField(form, 'agencyId', '');
  const value = useFormField(form, 'value', '');
  const chosen: ReferenceKind = isKind(kind) ? kind : 'other';

  return (
    <CaseForm
      title="Add a reference number"
      submitLabel="Add the reference number"
      form={form}
      problems={{
        [value.id]: value.value.trim() === '' ? 'Enter the reference number.' : undefined,
        [label.id]:
          chosen === 'other' && label.value.trim() === '' ? 'Say what the reference number is.' : undefined,
      }}
      save={() =>
        addCaseReference(writer, caseRow.id, {
          kind: chosen,
          label: label.value,
          agencyId: agencyId.value || null,
          value: value.value,
        })
      }
      saved="Reference number added."
      {...done}
    >
      <SelectField
        id="referenceform-kind"
        label="Which reference"
        value={chosen}
        options={REFERENCE_KINDS.map((option) => ({ value: option, label: REFERENCE_KIND_LABELS[option] }))}
        onChange={setKind}
      />
      {chosen === 'other' && (
        <div className="case-form__nested">
          <TextField {...label} label="What the reference is" hint="For example Housing tenancy number." />
        </div>
      )}
      <SelectField
        {...agencyId}
        label="Whose reference (optional)"
        emptyLabel="No agency named"
        options={agencies
          .filter((agency) => !agency.deleted)
          .map((agency) => ({ value: agency.id, label: agency.name }))}
      />
      <TextField
        {...value}
        label="Reference number"
        hint={chosen === 'nhs-number' ? 'Ten digits, such as 943 476 5919.' : undefined}
      />
    </CaseForm>
  );
}
