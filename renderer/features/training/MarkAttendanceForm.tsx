import type { Member } from '../../../shared/domain/directory';
import type { TrainingAttendance, TrainingEntry } from '../../../shared/domain/training';
import { attendanceTooEarly } from '../../../shared/training/entryForm';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { PageForm } from '../../ui/forms/PageForm';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { AttendeePicker } from './AttendeePicker';
import { markAttendance } from './trainingCommands';
import { useDraftField } from '../../app/drafts/useDraftField';
import { todayIso } from '../../../shared/dates';

interface MarkAttendanceFormProps {
  entry: TrainingEntry;
  rows: readonly TrainingAttendance[];
  members: readonly Member[];
}

/** After a planned event: tick who came. Saving makes it a done entry in each attendee's record. */
export function MarkAttendanceForm({ entry, rows, members }: MarkAttendanceFormProps) {
  const form = useSaveForm('attended-', `attendance:${entry.id}`);
  const writer = useWriter();
  const [chosen, setChosen] = useDraftField<string[]>(
    form.draftKey,
    'chosen',
    rows.map((row) => row.memberId),
  );
  const tooEarly = attendanceTooEarly(entry.date, todayIso());

  const submit = () =>
    form.run(
      () => ({
        'attended-people':
          attendanceTooEarly(entry.date, todayIso()) ??
          (chosen.length === 0 ? 'Choose at least one person who attended.' : undefined),
      }),
      () =>
        markAttendance(
          writer,
          entry,
          members.filter((member) => chosen.includes(member.id)),
          rows,
          todayIso(),
        ),
    );

  return (
    <section aria-labelledby="mark-attendance-heading">
      <h2 id="mark-attendance-heading">Mark who attended</h2>
      {tooEarly && (
        <Banner tone="info">
          <p>{tooEarly}</p>
        </Banner>
      )}
      <PageForm
        title="Mark who attended"
        className="training-form"
        form={form}
        submitLabel="Save attendance"
        onSubmit={() => void submit()}
      >
        <AttendeePicker
          id="attended-people"
          label="Who attended"
          hint="Everyone invited is ticked; untick anyone who did not come and tick anyone who came unplanned."
          members={members}
          value={chosen}
          onChange={setChosen}
          error={form.errors['attended-people']}
        />
      </PageForm>
    </section>
  );
}
