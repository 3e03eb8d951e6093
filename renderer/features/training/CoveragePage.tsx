import { PROFESSION_LABELS, type Profession } from '../../../shared/domain/directory';
import {
  coverageGrid,
  membersWithoutRecentJointTraining,
  newStartersWithoutInduction,
  professionsNeverTrainedTogether,
  totalsByAgency,
  type CoverageGrid,
} from '../../../shared/training/coverage';
import { last12Months } from '../../../shared/training/period';
import { formatHours } from '../../../shared/training/record';
import { hrefFor } from '../../app/router/hashRoute';
import { useCurrentMembers } from '../../app/data/useCurrentMembers';
import { PageHeader } from '../../ui/PageHeader';
import { professionOf } from './AttendeePicker';
import { TrainingNav } from './TrainingNav';

import { useTeamSetUpOn } from './useTeamSetUpOn';
import { useAgencies } from '../../app/data/useAgencies';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';
import { showDate, todayIso } from '../../../shared/dates';
import { DataTable } from '../../ui/DataTable';

function cellText(count: number, same: boolean): string {
  if (count === 0) return 'Not in 12 months';
  const times = count === 1 ? 'once' : `${count} times`;
  return same ? `Took part ${times}` : `Yes, ${times}`;
}

function CoverageTable({ grid }: { grid: CoverageGrid }) {
  return (
    <div className="scroll-x">
      <table className="data-table coverage-table">
        <caption>Joint training together in the last 12 months, by profession at the time</caption>
        <thead>
          <tr>
            <td />
            {grid.professions.map((profession) => (
              <th key={profession} scope="col">
                {PROFESSION_LABELS[profession]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.professions.map((row) => (
            <tr key={row}>
              <th scope="row">{PROFESSION_LABELS[row]}</th>
              {grid.professions.map((column) => {
                const count = grid.count(row, column);
                return (
                  <td key={column} className={count === 0 ? 'coverage-cell--none' : undefined}>
                    {cellText(count, row === column)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The team's joint-training picture: who has trained with whom, the gaps, and hours by agency. */
export function CoveragePage() {
  const members = useCurrentMembers();
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const agencies = useAgencies();
  const teamSetUpOn = useTeamSetUpOn();
  const today = todayIso();
  if (!members || !entries || !attendance || !agencies || teamSetUpOn === undefined)
    return <PageHeader title="Team coverage" />;

  const year = last12Months(today);
  const current: Profession[] = [...new Set(members.map((member) => member.profession))];
  const grid = coverageGrid(entries, attendance, year, current);
  const noJoint = membersWithoutRecentJointTraining(members, entries, attendance, today);
  const never = professionsNeverTrainedTogether(current, entries, attendance);
  const starters = newStartersWithoutInduction(members, entries, attendance, today, teamSetUpOn);
  const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
  const totals = totalsByAgency(entries, attendance, year).sort((a, b) => b.hours - a.hours);

  return (
    <>
      <PageHeader title="Team coverage" />
      <TrainingNav current="coverage" />
      <p>
        From {showDate(year.from)} to {showDate(year.to)}. A profession counts as it was when the person
        attended, and people who have since left still count.
      </p>
      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">Which professions have trained together</h2>
        {grid.professions.length === 0 ? (
          <p>No professions in the team yet.</p>
        ) : (
          <CoverageTable grid={grid} />
        )}
      </section>
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Gaps</h2>
        <h3>No joint training in the last 12 months ({noJoint.length})</h3>
        {noJoint.length === 0 ? (
          <p>Everyone in the team has had joint training in the last 12 months.</p>
        ) : (
          <ul>
            {noJoint.map((member) => (
              <li key={member.id}>
                <a href={hrefFor('training', 'record', member.id)}>{member.name}</a>, {professionOf(member)}
              </li>
            ))}
          </ul>
        )}
        <h3>Professions that have never trained together ({never.length})</h3>
        {never.length === 0 ? (
          <p>Every pair of the team's professions has trained together at least once.</p>
        ) : (
          <ul>
            {never.map(([a, b]) => (
              <li key={`${a}|${b}`}>
                {PROFESSION_LABELS[a]} and {PROFESSION_LABELS[b]}
              </li>
            ))}
          </ul>
        )}
        <h3>New starters without an induction to the partner agencies ({starters.length})</h3>
        {starters.length === 0 ? (
          <p>
            Nobody who joined in the last 90 days is waiting for an induction. People entered when the team
            was set up here count as already in the team unless they have a secondment start date.
          </p>
        ) : (
          <ul>
            {starters.map(({ member, startedOn }) => (
              <li key={member.id}>
                {member.name}, {professionOf(member)}: joined {showDate(startedOn)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agency-heading">
        <h2 id="agency-heading">Training hours by agency</h2>
        {totals.length === 0 ? (
          <p>No training logged in the last 12 months.</p>
        ) : (
          <div className="scroll-x">
            <DataTable
              caption="Training hours by agency in the last 12 months"
              captionHidden
              columns={['Agency', 'People', 'Hours', 'Joint training hours']}
            >
              {totals.map((row) => (
                <tr key={row.agencyId ?? 'none'}>
                  <th scope="row">
                    {row.agencyId === null
                      ? 'No agency recorded'
                      : (agencyName.get(row.agencyId) ?? 'An agency no longer listed')}
                  </th>
                  <td>{row.people}</td>
                  <td>{formatHours(row.hours)}</td>
                  <td>{formatHours(row.jointHours)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
      </section>
    </>
  );
}
