import { useState } from 'react';
import type { ProcedureVersion } from '../../../../shared/domain/charter';
import { navigate } from '../../../app/router/hashRoute';
import { mayPublishProcedure } from '../../../../shared/access/permissions';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import { deleteDraft, publishVersion, saveDraft } from '../procedures/procedureCommands';
import { ProcedureText } from './ProcedureText';
import { TEXT_HINT } from './textHint';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';

/** Editing a draft version: its text and what changed; then saving it, publishing it, or throwing it away. */
export function DraftEditor({ version }: { version: ProcedureVersion }) {
  const form = useSaveForm('draft-', `procedure-draft:${version.id}`);
  const writer = useWriter();
  const mayPublish = mayPublishProcedure(usePerson());
  const text = useFormField(form, 'text', version.text);
  const changeSummary = useFormField(form, 'changeSummary', version.changeSummary);
  const [notice, setNotice] = useState<string | null>(null);

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (text.value.trim() === '') errors['draft-text'] = 'Write the text of the procedure.';
    if (version.number > 1 && changeSummary.value.trim() === '')
      errors['draft-changeSummary'] = 'Say what changed in this version.';
    return errors;
  };

  const save = async () => {
    setNotice(null);
    if (
      await form.run(check, () =>
        saveDraft(writer, version.id, { text: text.value, changeSummary: changeSummary.value.trim() }),
      )
    ) {
      setNotice('The draft is saved.');
    }
  };

  const publish = async () => {
    setNotice(null);
    const published = await form.run(check, async () => {
      await saveDraft(writer, version.id, { text: text.value, changeSummary: changeSummary.value.trim() });
      await publishVersion(writer, version.id);
    });
    if (published) navigate('charter', 'procedure', version.procedureId);
  };

  return (
    <>
      {notice && (
        <Banner tone="success" live>
          {notice}
        </Banner>
      )}
      <PageForm
        title={`Change draft version ${version.number}`}
        form={form}
        submitLabel="Save the draft"
        submitTone="secondary"
        onSubmit={() => void save()}
        actions={
          <>
            {mayPublish && (
              <button type="button" className="button" disabled={form.busy} onClick={() => void publish()}>
                Publish version {version.number}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                void deleteDraft(writer, version.id).then(() =>
                  navigate('charter', 'procedure', version.procedureId),
                )
              }
            >
              Throw away this draft
            </button>
          </>
        }
      >
        <TextField
          {...changeSummary}
          label="What changed in this version"
          hint="For example: added who to call out of hours."
          multiline
          required={version.number > 1}
        />
        <TextField {...text} label="Text" hint={TEXT_HINT} multiline className="field--wide" required />
        <p className="muted">
          {mayPublish
            ? 'Publishing puts this version in force; the version in force now is kept, readable, as replaced.'
            : 'Only a team leader can publish a version. Save the draft and ask a leader to read and publish it.'}
        </p>
      </PageForm>
      <section aria-labelledby="preview-heading" className="procedure-document">
        <h2 id="preview-heading">How it will read</h2>
        <ProcedureText text={text.value} topLevel={3} />
      </section>
    </>
  );
}
