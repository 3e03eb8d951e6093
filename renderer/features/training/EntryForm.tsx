import type { Member } from '../../../shared/domain/directory';
import {
  TRAINING_TYPES,
  TRAINING_TYPE_LABELS,
  type TrainingAttendance,
  type TrainingEntry,
  type TrainingStatus,
} from '../../../shared/domain/training';
import { checkEntryDraft, type EntryDraft, type EntryErrors } from '../../../shared/training/entryForm';
import { formatHours } from '../../../shared/training/record';
import { hrefFor, navigate } from '../../app/router/hashRoute';
import { useWriter } from '../../app/team/useWriter';
import { FormFrame } from '../../ui/forms/FormFrame';
import { SelectField } from '../../ui/forms/SelectField';
import { fieldsOf } from '../../ui/forms/fieldsOf';
import type { FieldBinding } from '../../ui/forms/useFormField';
import { TextField } from '../../ui/forms/TextField';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { ReflectionQuestions } from './ReflectionQuestions';
import { AttendeePicker } from './AttendeePicker';
import { ExternalAttendeesFields } from './ExternalAttendeesFields';
import { addTraining, changeTraining } from './trainingCommands';
import { useDraftField } from '../../app/drafts/useDraftField';
import { showDate, todayIso } from '../../../shared/dates';

export type EntryFormMode =
  | { kind: 'new'; status: TrainingStatus; sessionId: string | null }
  | { kind: 'edit'; entry: TrainingEntry; rows: readonly TrainingAttendance[] };

interface EntryFormProps {
  mode: EntryFormMode;
  initial: EntryDraft;
  initialAttendees: readonly string[];
  /** Everyone who can be chosen: active members, plus anyone already on the entry. */
  members: readonly Member[];
  /** A link back to the reflection session the learning came from. */
  session?: { id: string; title: string } | null;
}

const TYPE_OPTIONS = TRAINING_TYPES.map((type) => ({ value: type, label: TRAINING_TYPE_LABELS[type] }));

export function draftFromEntry(entry: TrainingEntry): EntryDraft {
  return {
    title: entry.title,
    type: entry.type,
    date: entry.date,
    hours: formatHours(entry.hours),
    participatoryHours: formatHours(entry.participatoryHours),
    provider: entry.provider,
    learnt: entry.learnt,
    changedPractice: entry.changedPractice,
    peerReflectionWith: entry.peerReflectionWith,
    peerReflectionOutcome: entry.peerReflectionOutcome,
    externalAttendees: entry.externalAttendees.map((row) => ({
      profession: row.profession,
      count: String(row.count),
    })),
  };
}

/**
 * Logging training, planning an event, or changing either. Follows the team's form pattern: an error summary that
 * takes focus, a message on each field, and everything typed kept when something needs fixing.
 */
export function EntryForm({ mode, initial, initialAttendees, members, session }: EntryFormProps) {
  const form = useSaveForm('', `training:${mode.kind === 'new' ? `new-${mode.status}` : mode.entry.id}`);
  const writer = useWriter();
  const [draft, setDraft] = useDraftField<EntryDraft>(form.draftKey, 'draft', initial);
  const [attendees, setAttendees] = useDraftField<string[]>(form.draftKey, 'attendees', [
    ...initialAttendees,
  ]);
  // The fields' ids are the draft's own names, so a refused save's problems land beside them as they are.
  const errors = form.errors;
  const status = mode.kind === 'new' ? mode.status : mode.entry.status;
  const planned = status === 'planned';

  const field = fieldsOf(draft, setDraft, errors);
  const set =
    <Key extends keyof EntryDraft>(key: Key) =>
    (value: EntryDraft[Key]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  const keptPastDay = mode.kind === 'edit' && planned && draft.date === mode.entry.date;
  const checked = checkEntryDraft(draft, keptPastDay ? null : status, todayIso());

  const check = (): EntryErrors => ({
    ...(checked.ok ? {} : checked.errors),
    attendees:
      attendees.length > 0
        ? undefined
        : planned
          ? 'Choose at least one person to invite.'
          : 'Choose at least one person who attended.',
  });

  const submit = async () => {
    const people = members.filter((member) => attendees.includes(member.id));
    let id = mode.kind === 'edit' ? mode.entry.id : '';
    const saved = await form.run(check, async () => {
      // The check has already refused a draft that is not ok; this tells the type checker so.
      if (!checked.ok) return;
      if (mode.kind === 'new')
        id = await addTraining(writer, checked.fields, people, { status, sessionId: mode.sessionId });
      else await changeTraining(writer, mode.entry, checked.fields, people, mode.rows);
    });
    if (saved) navigate('training', 'entry', id);
  };

  return (
    <>
      <FormFrame
        title={mode.kind === 'edit' ? 'Change the training' : planned ? 'Plan training' : 'Log training'}
        showHeading={false}
        className="training-form"
        form={form}
        submitLabel={mode.kind === 'edit' ? 'Save changes' : planned ? 'Plan the event' : 'Log the training'}
        onSubmit={() => void submit()}
        actions={
          <a
            className="button button--secondary"
            href={mode.kind === 'edit' ? hrefFor('training', 'entry', mode.entry.id) : hrefFor('training')}
          >
            Cancel
          </a>
        }
        focusOnOpen={false}
      >
        {session && (
          <p>
            From the reflection session{' '}
            <a href={hrefFor('reflection', 'session', session.id)}>{session.title}</a>.
          </p>
        )}
        <TextField {...field('title')} label="Title" />
        <SelectField
          {...field('type')}
          label="Type of training"
          options={TYPE_OPTIONS}
          emptyLabel="Choose a type"
          hint="Joint training is with people from other professions or agencies."
        />
        <TextField {...field('date')} label={planned ? 'Date of the event' : 'Date'} type="date" />
        <div className="training-hours">
          <HoursField {...field('hours')} label="Hours" hint="For example 2.5" min={0.25} />
          <HoursField
            {...field('participatoryHours')}
            label="Participatory hours"
            hint="Time learning with others: discussion, exercises"
            min={0}
          />
        </div>
        <TextField
          {...field('provider')}
          label="Provider"
          hint="Who ran it, for example the local safeguarding partnership"
        />
        <AttendeePicker
          id="attendees"
          label={planned ? 'Who is invited' : 'Who attended'}
          members={members}
          value={attendees}
          onChange={setAttendees}
          error={errors.attendees}
        />
        <ExternalAttendeesFields
          rows={draft.externalAttendees}
          onChange={set('externalAttendees')}
          error={errors.externalAttendees}
        />
        <fieldset>
          <legend>Shared summary</legend>
          <p className="field__hint">
            Each person can add their own reflection for their CPD record after saving.
          </p>
          <ReflectionQuestions voice="team" idPrefix="" values={draft} onChange={set} errors={errors} />
        </fieldset>
      </FormFrame>
      {planned && mode.kind === 'edit' && (
        <p>Planned for {showDate(mode.entry.date)}. Mark who attended on the day or after it.</p>
      )}
    </>
  );
}

/** Hours in quarters, up to a hundred, typed with the decimal keypad where there is one. */
function HoursField(props: FieldBinding<string> & { label: string; hint: string; min: number }) {
  return <TextField {...props} type="number" inputMode="decimal" max={100} step={0.25} />;
}
