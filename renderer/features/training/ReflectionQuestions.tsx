import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { TextField } from '../../ui/forms/TextField';
import type { ReflectionFields } from './trainingCommands';

/** The questions in the team's words (a training's shared summary) or in the person's own (their CPD record). */
const LABELS = {
  team: { learnt: 'What was learnt', changedPractice: 'How it changed practice' },
  own: { learnt: 'What I learnt', changedPractice: 'How it changed my practice' },
} as const;

/**
 * The four questions of a reflection on training, asked of the team in a training's shared summary and of each
 * person in their own reflection: one place for their wording and the limits they share.
 */
export function ReflectionQuestions({
  voice,
  idPrefix,
  values,
  onChange,
  errors,
}: {
  voice: keyof typeof LABELS;
  /** Put before each field's name to make its id (the save form's prefix, so refused fields get their message). */
  idPrefix: string;
  values: ReflectionFields;
  onChange: (key: keyof ReflectionFields) => (value: string) => void;
  errors: FieldErrors;
}) {
  const field = (key: keyof ReflectionFields) => ({
    id: `${idPrefix}${key}`,
    value: values[key],
    onChange: onChange(key),
    error: errors[`${idPrefix}${key}`],
  });
  return (
    <>
      <TextField label={LABELS[voice].learnt} multiline {...field('learnt')} />
      <TextField label={LABELS[voice].changedPractice} multiline {...field('changedPractice')} />
      <TextField
        label="Peer reflection with (optional)"
        hint={voice === 'team' ? 'The colleague you talked it through with' : undefined}
        {...field('peerReflectionWith')}
      />
      <TextField
        label="What came of the peer reflection (optional)"
        multiline
        {...field('peerReflectionOutcome')}
      />
    </>
  );
}
