import { useState } from 'react';
import type { TrainingAttendance } from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { PageForm } from '../../ui/forms/PageForm';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { saveOwnReflection, type ReflectionFields } from './trainingCommands';
import { ReflectionQuestions } from './ReflectionQuestions';
import { useDraftField } from '../../app/drafts/useDraftField';

/** A person's own reflection on training they attended: it goes into their CPD record. */
export function MyReflectionForm({ row }: { row: TrainingAttendance }) {
  const form = useSaveForm('own-', `own-reflection:${row.id}`);
  const writer = useWriter();
  const [fields, setFields] = useDraftField<ReflectionFields>(form.draftKey, 'fields', {
    learnt: row.learnt,
    changedPractice: row.changedPractice,
    peerReflectionWith: row.peerReflectionWith,
    peerReflectionOutcome: row.peerReflectionOutcome,
  });
  const [saved, setSaved] = useState(false);
  const set = (key: keyof ReflectionFields) => (value: string) => {
    setSaved(false);
    setFields((current) => ({ ...current, [key]: value }));
  };

  const submit = async () => {
    setSaved(false);
    const ok = await form.run(
      () => ({
        'own-peerReflectionWith':
          fields.peerReflectionWith.trim().length > 200 ? 'Must be 200 characters or fewer.' : undefined,
      }),
      () =>
        saveOwnReflection(writer, row.id, {
          ...fields,
          peerReflectionWith: fields.peerReflectionWith.trim(),
        }),
    );
    setSaved(ok);
  };

  return (
    <PageForm
      title="My reflection"
      className="training-form"
      form={form}
      submitLabel="Save my reflection"
      onSubmit={() => void submit()}
    >
      {saved && (
        <Banner tone="success" live>
          Your reflection is saved in your record.
        </Banner>
      )}
      <ReflectionQuestions voice="own" idPrefix="own-" values={fields} onChange={set} errors={form.errors} />
    </PageForm>
  );
}
