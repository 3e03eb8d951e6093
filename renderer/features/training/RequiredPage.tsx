import { countsByOldWords, dueDates, type DueRow } from '../../../shared/training/required';
import { Banner } from '../../ui/Banner';
import { hrefFor } from '../../app/router/hashRoute';
import { useCurrentMembers } from '../../app/data/useCurrentMembers';
import { PageHeader } from '../../ui/PageHeader';
import { RequirementList } from './RequirementList';
import { TrainingNav } from './TrainingNav';

import { useRequiredTraining } from './useRequiredTraining';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';
import { showDate, todayIso } from '../../../shared/dates';
import { DataTable } from '../../ui/DataTable';

function DueTable({ caption, rows }: { caption: string; rows: readonly DueRow[] }) {
  return (
    <div className="scroll-x">
      <DataTable caption={caption} captionHidden columns={['Person', 'Training', 'Last done', 'Due']}>
        {rows.map((row) => (
          <tr key={`${row.requirement.id}|${row.member.id}`}>
            <td>
              <a href={hrefFor('training', 'record', row.member.id)}>{row.member.name}</a>
            </td>
            <td>{row.requirement.title}</td>
            <td>{showDate(row.lastDone, 'Never')}</td>
            <td>
              {row.dueOn === null ? (
                <span className="tag tag--error">Due now: never done</span>
              ) : row.state === 'overdue' ? (
                <span className="tag tag--error">Overdue since {showDate(row.dueOn)}</span>
              ) : row.state === 'due-soon' ? (
                <span className="tag tag--warning">Due soon: {showDate(row.dueOn)}</span>
              ) : (
                <span className="tag tag--success">In date until {showDate(row.dueOn)}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

/** Training professions must renew: who is overdue, who is due within 30 days, and the list of requirements. */
export function RequiredPage() {
  const requirements = useRequiredTraining();
  const members = useCurrentMembers();
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  if (!requirements || !members || !entries || !attendance) return <PageHeader title="Required training" />;
  const rows = dueDates(requirements, members, entries, attendance, todayIso());
  const overdue = rows.filter((row) => row.state === 'overdue' || row.state === 'never');
  const soon = rows.filter((row) => row.state === 'due-soon');
  const byWords = requirements.filter(countsByOldWords);

  return (
    <>
      <PageHeader title="Required training" />
      <TrainingNav current="required" />
      {byWords.length > 0 && (
        <Banner title="Choose the training that counts">
          <p>
            {byWords.length === 1
              ? `${byWords[0]?.title ?? ''} still counts training by words in its title`
              : `${byWords.length} required trainings still count training by words in their titles`}
            , which can count the wrong training. Under What must be renewed, change{' '}
            {byWords.length === 1 ? 'it' : 'each one'} to choose the training that counts from your log.
          </p>
        </Banner>
      )}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue ({overdue.length})</h2>
        {overdue.length === 0 ? <p>Nobody is overdue.</p> : <DueTable caption="Overdue" rows={overdue} />}
      </section>
      <section aria-labelledby="soon-heading">
        <h2 id="soon-heading">Due in the next 30 days ({soon.length})</h2>
        {soon.length === 0 ? (
          <p>Nobody is due in the next 30 days.</p>
        ) : (
          <DueTable caption="Due soon" rows={soon} />
        )}
      </section>
      <section aria-labelledby="everyone-heading">
        <h2 id="everyone-heading">Everyone's next due date ({rows.length})</h2>
        {rows.length === 0 ? (
          <p>Nobody in the team has required training yet.</p>
        ) : (
          <DueTable caption="Everyone's next due date, soonest first" rows={rows} />
        )}
      </section>
      <RequirementList requirements={requirements} entries={entries} />
    </>
  );
}
