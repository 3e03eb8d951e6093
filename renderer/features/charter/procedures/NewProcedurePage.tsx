import {
  PROCEDURE_KINDS,
  PROCEDURE_KIND_LABELS,
  type ProcedureKind,
} from '../../../../shared/domain/charter';
import { navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';

import { createProcedure } from './procedureCommands';
import { TEXT_HINT } from '../versions/textHint';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { isRealDay } from '../../../../shared/dates';

/** Writes a new procedure; it is saved as a first draft, to be published once the team agrees it. */
export function NewProcedurePage() {
  const form = useSaveForm('procedure-', 'new-procedure');
  const writer = useWriter();
  const [title, setTitle] = useDraftField(form.draftKey, 'title', '');
  const [kind, setKind] = useDraftField<ProcedureKind>(form.draftKey, 'kind', 'information-sharing');
  const [reviewDate, setReviewDate] = useDraftField(form.draftKey, 'reviewDate', '');
  const [text, setText] = useDraftField(form.draftKey, 'text', '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (title.trim() === '') errors['procedure-title'] = 'Enter the title of the procedure.';
    if (reviewDate !== '' && !isRealDay(reviewDate))
      errors['procedure-reviewDate'] = 'Enter the review date as a real date.';
    if (text.trim() === '') errors['procedure-text'] = 'Write the text of the procedure.';
    return errors;
  };

  const submit = async () => {
    const made: { ids: { procedureId: string; versionId: string } | null } = { ids: null };
    const saved = await form.run(check, async () => {
      made.ids = await createProcedure(writer, {
        title: title.trim(),
        kind,
        reviewDate: reviewDate === '' ? null : reviewDate,
        text,
        changeSummary: 'First version',
      });
    }, [{ id: 'procedure-reviewDate', label: 'Review by', date: reviewDate === '' ? null : reviewDate }]);
    if (saved && made.ids)
      navigate('charter', 'procedure', made.ids.procedureId, 'version', made.ids.versionId);
  };

  return (
    <>
      <PageHeader title="Write a new procedure" />
      <CharterNav current="procedures" />
      <FormFrame
        title="Write a new procedure"
        showHeading={false}
        form={form}
        submitLabel="Save as a draft"
        onSubmit={() => void submit()}
        focusOnOpen={false}
      >
        <TextField
          id="procedure-title"
          label="Title"
          value={title}
          onChange={setTitle}
          error={form.errors['procedure-title']}
          required
        />
        <SelectField
          id="procedure-kind"
          label="Kind of procedure"
          value={kind}
          onChange={(value) => setKind(PROCEDURE_KINDS.find((option) => option === value) ?? 'other')}
          options={PROCEDURE_KINDS.map((value) => ({ value, label: PROCEDURE_KIND_LABELS[value] }))}
        />
        <TextField
          id="procedure-reviewDate"
          label="Review by (optional)"
          type="date"
          value={reviewDate}
          onChange={setReviewDate}
          error={form.errors['procedure-reviewDate']}
        />
        <TextField
          id="procedure-text"
          label="Text"
          hint={TEXT_HINT}
          multiline
          className="field--wide"
          value={text}
          onChange={setText}
          error={form.errors['procedure-text']}
          required
        />
        <p>It is saved as a draft. You can read it over and publish it when the team has agreed it.</p>
      </FormFrame>
    </>
  );
}
