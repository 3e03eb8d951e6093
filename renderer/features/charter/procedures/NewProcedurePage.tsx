import { useWriter } from '../../../app/team/useWriter';
import { navigate } from '../../../app/router/hashRoute';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import { useFormField } from '../../../ui/forms/useFormField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { CharterNav } from '../CharterNav';
import { TEXT_HINT } from '../versions/textHint';
import { createProcedure } from './procedureCommands';
import { ProcedureDetailsFields } from './ProcedureDetailsFields';
import { useProcedureDetails } from './useProcedureDetails';

/** Writes a new procedure; it is saved as a first draft, to be published once the team agrees it. */
export function NewProcedurePage() {
  const form = useSaveForm('procedure-', 'new-procedure');
  const writer = useWriter();
  const details = useProcedureDetails(form, { title: '', kind: 'information-sharing', reviewDate: null });
  const text = useFormField(form, 'text', '');

  const check = () => ({
    ...details.check(),
    [text.id]: text.value.trim() === '' ? 'Write the text of the procedure.' : undefined,
  });

  const submit = async () => {
    const made: { ids: { procedureId: string; versionId: string } | null } = { ids: null };
    const saved = await form.run(
      check,
      async () => {
        made.ids = await createProcedure(writer, {
          ...details.values(),
          text: text.value,
          changeSummary: 'First version',
        });
      },
      details.datesToQuestion,
    );
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
      <ProcedureDetailsFields {...details.fields} />
      <TextField {...text} label="Text" hint={TEXT_HINT} multiline className="field--wide" required />
      <p>It is saved as a draft. You can read it over and publish it when the team has agreed it.</p>
    </PageForm>
  );
}
