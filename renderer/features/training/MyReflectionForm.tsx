import { useState, type FormEvent } from 'react';
import type { TrainingAttendance } from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { saveOwnReflection, type ReflectionFields } from './trainingCommands';

/** A person's own reflection on training they attended: it goes into their CPD record. */
export function MyReflectionForm({ row }: { row: TrainingAttendance }) {
  const writer = useWriter();
  const [fields, setFields] = useState<ReflectionFields>({
    learnt: row.learnt,
    changedPractice: row.changedPractice,
    peerReflectionWith: row.peerReflectionWith,
    peerReflectionOutcome: row.peerReflectionOutcome,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof ReflectionFields) => (value: string) => {
    setSaved(false);
    setFields((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fields.peerReflectionWith.trim().length > 200) {
      setErrors({ 'own-peerReflectionWith': 'Must be 200 characters or fewer.' });
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await saveOwnReflection(writer, row.id, {
        ...fields,
        peerReflectionWith: fields.peerReflectionWith.trim(),
      });
      setErrors({});
      setSaved(true);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      setErrors({ 'own-learnt': `${error.message} What you typed is still here.` });
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form className="training-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {saved && (
        <Banner tone="success" live>
          Your reflection is saved in your record.
        </Banner>
      )}
      <TextField
        id="own-learnt"
        label="What I learnt"
        multiline
        value={fields.learnt}
        onChange={set('learnt')}
      />
      <TextField
        id="own-changedPractice"
        label="How it changed my practice"
        multiline
        value={fields.changedPractice}
        onChange={set('changedPractice')}
      />
      <TextField
        id="own-peerReflectionWith"
        label="Peer reflection with (optional)"
        value={fields.peerReflectionWith}
        onChange={set('peerReflectionWith')}
        error={errors['own-peerReflectionWith']}
      />
      <TextField
        id="own-peerReflectionOutcome"
        label="What came of the peer reflection (optional)"
        multiline
        value={fields.peerReflectionOutcome}
        onChange={set('peerReflectionOutcome')}
      />
      <button type="submit" className="button">
        Save my reflection
      </button>
    </form>
  );
}
