import { useState, type FormEvent } from 'react';
import type { Member } from '../../../shared/domain/directory';
import type { TrainingAttendance, TrainingEntry } from '../../../shared/domain/training';
import { attendanceTooEarly } from '../../../shared/training/entryForm';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { AttendeePicker } from './AttendeePicker';
import { markAttendance } from './trainingCommands';
import { todayIso } from './today';

interface MarkAttendanceFormProps {
  entry: TrainingEntry;
  rows: readonly TrainingAttendance[];
  members: readonly Member[];
}

/** After a planned event: tick who came. Saving makes it a done entry in each attendee's record. */
export function MarkAttendanceForm({ entry, rows, members }: MarkAttendanceFormProps) {
  const writer = useWriter();
  const [chosen, setChosen] = useState<string[]>(rows.map((row) => row.memberId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const tooEarly = attendanceTooEarly(entry.date, todayIso());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem =
      attendanceTooEarly(entry.date, todayIso()) ??
      (chosen.length === 0 ? 'Choose at least one person who attended.' : null);
    if (problem) {
      setErrors({ 'attended-people': problem });
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await markAttendance(
        writer,
        entry,
        members.filter((member) => chosen.includes(member.id)),
        rows,
        todayIso(),
      );
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      setErrors({ 'attended-people': error.message });
      setAttempt((count) => count + 1);
    }
  };

  return (
    <section aria-labelledby="mark-attendance-heading">
      <h2 id="mark-attendance-heading">Mark who attended</h2>
      {tooEarly && (
        <Banner tone="info">
          <p>{tooEarly}</p>
        </Banner>
      )}
      <form className="training-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={errors} attempt={attempt} />
        <AttendeePicker
          id="attended-people"
          label="Who attended"
          hint="Everyone invited is ticked; untick anyone who did not come and tick anyone who came unplanned."
          members={members}
          value={chosen}
          onChange={setChosen}
          error={errors['attended-people']}
        />
        <button type="submit" className="button">
          Save attendance
        </button>
      </form>
    </section>
  );
}
