import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { FormFrame } from '../../../ui/forms/FormFrame';
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
import { useDraftField } from '../../../app/drafts/useDraftField';
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
  const [reference, setReference] = useDraftField(form.draftKey, 'reference', suggested);
  const [displayName, setDisplayName] = useDraftField(form.draftKey, 'displayName', '');
  const [columnId, setColumnId] = useDraftField(form.draftKey, 'columnId', stages[0]?.id ?? '');
  const [leadId, setLeadId] = useDraftField(form.draftKey, 'leadId', writer.person.id);
  const [concerns, setConcerns] = useDraftField<string[]>(form.draftKey, 'concerns', []);
  const wellbeing = useWellbeing();

  const submit = async () => {
    let caseId = '';
    const ok = await form.run(
      () => ({
        'new-reference': reference.trim() === '' ? 'Enter a reference, such as JU-0042.' : undefined,
        'new-displayName':
          displayName.trim() === '' ? 'Enter a name for the board, such as “Child A.”' : undefined,
        'new-columnId': columnId === '' ? 'Choose the stage the case starts at.' : undefined,
      }),
      async () => {
        caseId = await createCase(
          writer,
          {
            reference,
            displayName,
            columnId,
            leadMemberId: leadId || null,
            concerns: wellbeing ? inFrameworkOrder(concerns, wellbeing) : concerns,
          },
          todayIso(),
        );
      },
    );
    if (ok) navigate('board', 'case', caseId);
  };

  return (
    <FormFrame
      className="case-form"
      title="About the case"
      form={form}
      submitLabel="Open the case"
      onSubmit={submit}
      onCancel={() => navigate('board')}
    >
      <TextField
        id="new-reference"
        label="Reference"
        hint="We suggest the next free number. It must differ from every other case."
        value={reference}
        onChange={setReference}
        error={form.errors['new-reference']}
      />
      <TextField
        id="new-displayName"
        label="Name on the board"
        hint="As little as the work needs, for example “Child A.”"
        value={displayName}
        onChange={setDisplayName}
        error={form.errors['new-displayName']}
      />
      <SelectField
        id="new-columnId"
        label="Stage"
        value={columnId}
        options={stages.map((stage) => ({ value: stage.id, label: stage.title }))}
        onChange={setColumnId}
        error={form.errors['new-columnId']}
      />
      <SelectField
        id="new-leadMemberId"
        label="Lead professional"
        hint="You can change this later."
        value={leadId}
        emptyLabel="Nobody yet"
        options={team.map((member) => ({ value: member.id, label: member.name }))}
        onChange={setLeadId}
        error={form.errors['new-leadMemberId']}
      />
      <ConcernChoices value={concerns} onChange={setConcerns} />
    </FormFrame>
  );
}
