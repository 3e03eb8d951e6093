import {
  PROCEDURE_KINDS,
  PROCEDURE_KIND_LABELS,
  type ProcedureKind,
} from '../../../../shared/domain/charter';
import { navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { PageForm } from '../../../ui/forms/PageForm';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { CharterNav } from '../CharterNav';

import { createProcedure } from './procedureCommands';
import { TEXT_HINT } from '../versions/textHint';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { isRealDay } from '../../../../shared/dates';

/** Writes a new procedure; it is saved as a first draft, to be published once the team agrees it. */
export function NewProcedurePage() {
  const form = useSaveForm('procedure-', 'new-procedure');
  const writer = useWriter();
  const title = useFormField(form, 'title', '');
  const [kind, setKind] = useDraftField<ProcedureKind>(form.draftKey, 'kind', 'information-sharing');
  const reviewDate = useFormField(form, 'reviewDate', '');
  const text = useFormField(form, 'text', '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (title.value.trim() === '') errors['procedure-title'] = 'Enter the title of the procedure.';
    if (reviewDate.value !== '' && !isRealDay(reviewDate.value))
      errors['procedure-reviewDate'] = 'Enter the review date as a real date.';
    if (text.value.trim() === '') errors['procedure-text'] = 'Write the text of the procedure.';
    return errors;
  };

  const submit = async () => {
    const made: { ids: { procedureId: string; versionId: string } | null } = { ids: null };
    const saved = await form.run(check, async () => {
      made.ids = await createProcedure(writer, {
        title: title.value.trim(),
        kind,
        reviewDate: reviewDate.value === '' ? null : reviewDate.value,
        text: text.value,
        changeSummary: 'First version',
      });
    }, [
      {
        id: 'procedure-reviewDate',
        label: 'Review by',
        date: reviewDate.value === '' ? null : reviewDate.value,
      },
    ]);
    if (saved && made.ids)
      navigate('charter', 'procedure', made.ids.procedureId, 'version', made.ids.versionId);
  };

  return (
    <PageForm
      title="Write a new procedure"
      pageHeader
      beforeForm={<CharterNav current="procedures" />}
      form={form}
      submitLabel="Save as a draft"
      onSubmit={() => void submit()}
    >
      <TextField {...title} label="Title" required />
      <SelectField
        id="procedure-kind"
        label="Kind of procedure"
        value={kind}
        onChange={(value) => setKind(PROCEDURE_KINDS.find((option) => option === value) ?? 'other')}
        options={PROCEDURE_KINDS.map((value) => ({ value, label: PROCEDURE_KIND_LABELS[value] }))}
      />
      <TextField {...reviewDate} label="Review by (optional)" type="date" />
      <TextField {...text} label="Text" hint={TEXT_HINT} multiline className="field--wide" required />
      <p>It is saved as a draft. You can read it over and publish it when the team has agreed it.</p>
    </PageForm>
  );
}
