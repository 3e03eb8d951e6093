import { useState } from 'react';
import { TRAINING_TYPE_LABELS } from '../../../shared/domain/training';
import { cpdYear, last12Months, periodProblem, type Period } from '../../../shared/training/period';
import {
  formatHours,
  memberRecord,
  recordCsv,
  recordFileName,
  recordTotals,
  type RecordRow,
} from '../../../shared/training/record';
import { hrefFor, navigate } from '../../app/router/hashRoute';
import { maySeeReflections } from '../../../shared/access/permissions';
import { usePerson } from '../../app/team/usePerson';
import { useTeamRecord } from '../../app/data/useTeamRecord';
import { getAppApi } from '../../bridge/appApi';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { fieldsOf } from '../../ui/forms/fieldsOf';
import { professionOf } from './AttendeePicker';
import { ReflectionRows } from './ReflectionRows';
import { TrainingNav } from './TrainingNav';

import { useMembers } from '../../app/data/useMembers';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';
import { showDate, todayIso } from '../../../shared/dates';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';

function RecordEntry({ row }: { row: RecordRow }) {
  const { entry } = row;
  return (
    <article className="record-entry">
      <h3>
        <a href={hrefFor('training', 'entry', entry.id)}>{entry.title}</a>
      </h3>
      <SummaryList>
        <SummaryRow term="When and how long">
          {showDate(entry.date)}: {formatHours(entry.hours)} hours ({formatHours(entry.participatoryHours)}{' '}
          participatory)
        </SummaryRow>
        <SummaryRow term="Type and provider">
          {TRAINING_TYPE_LABELS[entry.type]}
          {entry.provider && `, ${entry.provider}`}
        </SummaryRow>
        <ReflectionRows reflection={row} own />
      </SummaryList>
    </article>
  );
}

/** A person's training record over a period, with totals; exportable as CSV and printable for a CPD return. */
export function RecordPage({ memberId }: { memberId: string | null }) {
  const person = usePerson();
  const members = useMembers();
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const today = todayIso();
  const [period, setPeriod] = useState<Period>(() => last12Months(today));
  const [typed, setTyped] = useState<Period>(period);
  const [periodError, setPeriodError] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const teamRecord = useTeamRecord();
  const privacy = { supervisorSeesReflections: teamRecord?.supervisorSeesReflections ?? false };
  const whoId = memberId ?? person?.id ?? null;
  const member = members?.find((candidate) => candidate.id === whoId) ?? null;
  const title = member
    ? member.id === person?.id
      ? 'My training record'
      : `Training record: ${member.name}`
    : 'Training record';

  if (!members || !entries || !attendance) return <PageHeader title={title} />;
  const mayRead = member !== null && maySeeReflections(person, member, privacy);
  const rows = member
    ? memberRecord(member.id, entries, attendance, period, { ownReflections: mayRead })
    : [];
  const totals = recordTotals(rows);

  const choose = (next: Period) => {
    setTyped(next);
    setPeriod(next);
    setPeriodError(null);
  };
  const periodField = fieldsOf(
    typed,
    setTyped,
    periodError ? { [periodError.field]: periodError.message } : {},
  );
  const applyTyped = () => {
    const problem = periodProblem(typed);
    setPeriodError(problem);
    if (!problem) setPeriod(typed);
  };
  const exportCsv = async () => {
    if (!member) return;
    const result = await getAppApi().files.saveText(recordFileName(member.name), recordCsv(rows));
    if (result.saved) setNotice({ tone: 'success', text: `Saved the record as ${result.name}.` });
    else if (result.reason === 'failed')
      setNotice({
        tone: 'error',
        text: result.message ?? 'The file could not be saved. Try another folder.',
      });
  };
  const print = async () => {
    if (!member) return;
    const result = await getAppApi().print.toPdf(recordFileName(member.name).replace(/\.csv$/, '.pdf'));
    if (!result.saved && result.reason === 'failed')
      setNotice({ tone: 'error', text: result.message ?? 'The record could not be printed.' });
  };

  return (
    <>
      <PageHeader title={title} />
      <TrainingNav current="record" />
      {notice && (
        <Banner tone={notice.tone} live>
          <p>{notice.text}</p>
        </Banner>
      )}
      <div className="no-print">
        <SelectField
          id="record-person"
          label="Whose record"
          value={member?.id ?? ''}
          emptyLabel="Choose a person"
          options={members.map((candidate) => ({
            value: candidate.id,
            label: `${candidate.name}${candidate.status === 'left' ? ' (has left)' : ''}`,
          }))}
          onChange={(id) => {
            if (id) navigate('training', 'record', id);
          }}
        />
        <form
          className="period-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            applyTyped();
          }}
        >
          <TextField {...periodField('from')} label="From" type="date" />
          <TextField {...periodField('to')} label="To" type="date" />
          <div className="button-row">
            <button type="submit" className="button button--secondary">
              Show this period
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => choose(last12Months(today))}
            >
              Last 12 months
            </button>
            <button type="button" className="button button--quiet" onClick={() => choose(cpdYear(today))}>
              This CPD year
            </button>
          </div>
        </form>
      </div>
      {!member ? (
        <EmptyState title="Choose a person">
          <p>Choose whose training record to see.</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">
            {member.name}, {professionOf(member)}: {showDate(period.from)} to {showDate(period.to)}
          </h2>
          {member.id !== person?.id && (
            <p className="field__hint">
              {mayRead
                ? `You supervise ${member.name} and the team lets supervisors read reflections, so their own reflections are shown.`
                : `${member.name}’s own reflections are private to them, so this shows what the team wrote about each training.`}
            </p>
          )}
          <dl className="training-totals">
            <div>
              <dt>Hours</dt>
              <dd>{formatHours(totals.hours)}</dd>
            </div>
            <div>
              <dt>Participatory hours</dt>
              <dd>{formatHours(totals.participatoryHours)}</dd>
            </div>
            <div>
              <dt>Joint training hours</dt>
              <dd>{formatHours(totals.jointHours)}</dd>
            </div>
            <div>
              <dt>Single-agency hours</dt>
              <dd>{formatHours(totals.singleAgencyHours)}</dd>
            </div>
            <div>
              <dt>Other learning hours</dt>
              <dd>{formatHours(totals.otherHours)}</dd>
            </div>
          </dl>
          <div className="button-row no-print">
            <button type="button" className="button" onClick={() => void exportCsv()}>
              Export as CSV
            </button>
            <button type="button" className="button button--secondary" onClick={() => void print()}>
              Print for a CPD return
            </button>
          </div>
          {rows.length === 0 ? (
            <p>No training recorded in this period.</p>
          ) : (
            rows.map((row) => <RecordEntry key={row.attendance.id} row={row} />)
          )}
        </section>
      )}
    </>
  );
}
