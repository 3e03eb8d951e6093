import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/forms/TextField';
import { CaseForm } from '../page/CaseForm';
import { ConcernChoices } from '../summary/SummaryForms';
import { createCase } from '../caseCommands';

import { useNextReference } from './useNextReference';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useStages } from '../../../app/data/useStages';
import { inFrameworkOrder } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import type { BoardColumn } from '../../../../shared/domain/team';
import type { Member } from '../../../../shared/domain/directory';
import '../cases.css';
import { useFormField } from '../../../ui/forms/useFormField';
import { DisplayNameField, LeadField, referenceProblem, StageField } from '../caseFields';
import { todayIso } from '../../../../shared/dates';

export function NewCasePage() {
  const suggested = useNextReference();
  const stages = useStages();
  const team = useCurrentMembers();
  return (
    <>
      <p className="no-print case-page__back">
        <a href={hrefFor('board')}>Back to the board</a>
      </p>
      <PageHeader title="Open a new case" />
      {suggested === undefined || !stages || !team ? (
        <p role="status">Getting the form ready…</p>
      ) : (
        <NewCaseForm suggested={suggested} stages={stages.filter((stage) => !stage.retired)} team={team} />
      )}
    </>
  );
}

interface NewCaseFormProps {
  suggested: string;
  stages: BoardColumn[];
  team: Member[];
}

function NewCaseForm({ suggested, stages, team }: NewCaseFormProps) {
  const form = useSaveForm('new-', 'new-case');
  const writer = useWriter();
  const reference = useFormField(form, 'reference', suggested);
  const displayName = useFormField(form, 'displayName', '');
  const columnId = useFormField(form, 'columnId', stages[0]?.id ?? '');
  const leadId = useFormField(form, 'leadMemberId', writer.person.id);
  const concerns = useFormField<string[]>(form, 'concerns', []);
  const wellbeing = useWellbeing();

  const submit = async () => {
    let caseId = '';
    const ok = await form.run(
      () => ({
        [reference.id]: referenceProblem(reference.value),
        [displayName.id]:
          displayName.value.trim() === '' ? 'Enter a name for the board, such as “Child A.”' : undefined,
        [columnId.id]: columnId.value === '' ? 'Choose the stage the case starts at.' : undefined,
      }),
      async () => {
        caseId = await createCase(
          writer,
          {
            reference: reference.value,
            displayName: displayName.value,
            columnId: columnId.value,
            leadMemberId: leadId.value || null,
            concerns: wellbeing ? inFrameworkOrder(concerns.value, wellbeing) : concerns.value,
          },
          todayIso(),
        );
      },
    );
    if (ok) navigate('board', 'case', caseId);
  };

  return (
    <CaseForm
      title="About the case"
      form={form}
      submitLabel="Open the case"
      onSubmit={submit}
      onCancel={() => navigate('board')}
    >
      <TextField
        {...reference}
        label="Reference"
        hint="We suggest the next free number. It must differ from every other case."
      />
      <DisplayNameField {...displayName} />
      <StageField {...columnId} stages={stages} />
      <LeadField {...leadId} team={team} hint="You can change this later." />
      <ConcernChoices value={concerns.value} onChange={concerns.onChange} />
    </CaseForm>
  );
}
