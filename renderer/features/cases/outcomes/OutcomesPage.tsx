import { useState, type ReactNode } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import {
  actionsOnTimeByAgency,
  casesPerLead,
  reviewsOnTime,
  servicesObtained,
  type Period,
  type Share,
} from '../../../../shared/outcomes/boardOutcomes';
import { lastMonths } from '../../../../shared/outcomes/period';
import { hrefFor } from '../../../app/router/hashRoute';
import { PageHeader } from '../../../ui/PageHeader';
import { BarChart } from './BarChart';
import { ConcernOutcomes } from './ConcernOutcomes';
import { OpenCasesChart } from './OpenCasesChart';
import { CustomPeriodForm } from './CustomPeriodForm';

import { useOutcomeRows, type OutcomeRows } from './useOutcomeRows';
import '../cases.css';
import { showDate, todayIso } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

const CHOICES = [
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: 'custom', label: 'Choose dates' },
] as const;

export function percent(share: Share): string {
  return share === null ? 'no figure yet' : `${Math.round(share * 100)}%`;
}

/**
 * One outcome that is a share of a whole (services recommended, and how many were obtained): its heading, the
 * share as a figure, what it means in words, and the whole and the part as bars.
 */
function ShareOutcome({
  id,
  heading,
  chartTitle,
  whole: [wholeLabel, whole],
  part: [partLabel, part],
  share,
  children,
}: {
  id: string;
  heading: string;
  chartTitle: string;
  whole: readonly [string, number];
  part: readonly [string, number];
  share: Share;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="case-section">
      <h2 id={id}>{heading}</h2>
      <p className="outcome-figure">{percent(share)}</p>
      <p>{children}</p>
      <BarChart
        title={chartTitle}
        max={Math.max(1, whole)}
        bars={[
          { label: wholeLabel, value: whole, text: String(whole) },
          { label: partLabel, value: part, text: `${part} (${percent(share)})` },
        ]}
      />
    </section>
  );
}

export function OutcomesPage() {
  const today = todayIso();
  const [choice, setChoice] = useState<string>('12');
  const [custom, setCustom] = useState<Period>(lastMonths(today, 12));
  const period = choice === 'custom' ? custom : lastMonths(today, Number(choice));
  const rows = useOutcomeRows(period);

  return (
    <>
      <p className="no-print case-page__back">
        <a href={hrefFor('board')}>Back to the board</a> · <a href={hrefFor('board', 'my-work')}>My work</a>
      </p>
      <PageHeader title="Does it make a difference" />
      <p>
        How the team’s joint work is going for children and families. These figures hold no personal details,
        so anyone in the team can see them.
      </p>
      <section aria-labelledby="period-heading" className="case-section no-print">
        <h2 id="period-heading">Period</h2>
        <RadioGroup className="field radio-group" value={choice} onChange={setChoice}>
          <Label className="field__label">Show the figures for</Label>
          {CHOICES.map((item) => (
            <Radio key={item.value} value={item.value} className="radio">
              {item.label}
            </Radio>
          ))}
        </RadioGroup>
        {choice === 'custom' && <CustomPeriodForm period={custom} onApply={setCustom} />}
      </section>
      <p role="status">
        From {showDate(period.from)} to {showDate(period.to)}.
      </p>
      {rows ? <Figures rows={rows} period={period} /> : <p>Working out the figures…</p>}
    </>
  );
}

function Figures({ rows, period }: { rows: OutcomeRows; period: Period }) {
  const services = servicesObtained(rows.services, period);
  const reviews = reviewsOnTime(rows.cases, rows.reviews, period);
  const byAgency = actionsOnTimeByAgency(rows.actions, rows.members, period);
  const leads = casesPerLead(rows.cases, rows.members);
  const agencyName = (id: string | null) =>
    id === null
      ? 'No agency'
      : (rows.agencies.find((agency) => agency.id === id)?.name ?? 'An agency no longer listed');

  return (
    <>
      <ShareOutcome
        id="services-outcome"
        heading="Services obtained"
        chartTitle="Services recommended and obtained"
        whole={['Recommended', services.recommended]}
        part={['Obtained', services.obtained]}
        share={services.share}
      >
        Of {services.recommended} {services.recommended === 1 ? 'service' : 'services'} recommended in the
        period, {services.obtained} {services.obtained === 1 ? 'was' : 'were'} obtained.{' '}
        {services.medianDaysToObtain === null
          ? 'None has been obtained yet, so there is no typical wait.'
          : `Half were obtained within ${services.medianDaysToObtain} days of being recommended (the median wait).`}
      </ShareOutcome>
      <ShareOutcome
        id="reviews-outcome"
        heading="Reviews held on time"
        chartTitle="Reviews held and on time"
        whole={['Held', reviews.held]}
        part={['On time', reviews.onTime]}
        share={reviews.share}
      >
        {reviews.held} {reviews.held === 1 ? 'review was' : 'reviews were'} held in the period;{' '}
        {reviews.onTime} on or before the date it was due.
      </ShareOutcome>
      <section aria-labelledby="actions-outcome" className="case-section">
        <h2 id="actions-outcome">Actions done on time, by agency</h2>
        <p>
          Actions due in the period, by the agency of the person who owns them. Dropped actions are left out.
        </p>
        {byAgency.length === 0 ? (
          <p>No actions were due in the period.</p>
        ) : (
          <>
            <BarChart
              title="Share of actions done on time by agency"
              max={1}
              bars={byAgency.map((row) => ({
                label: agencyName(row.agencyId),
                value: row.share ?? 0,
                text: `${row.doneOnTime} of ${row.due} (${percent(row.share)})`,
              }))}
            />
            <DataTable
              caption="Actions done on time by agency"
              captionHidden
              columns={['Agency', 'Due in the period', 'Done on time', 'Share']}
            >
              {byAgency.map((row) => (
                <tr key={row.agencyId ?? 'none'}>
                  <td>{agencyName(row.agencyId)}</td>
                  <td>{row.due}</td>
                  <td>{row.doneOnTime}</td>
                  <td>{percent(row.share)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      <section aria-labelledby="leads-outcome" className="case-section">
        <h2 id="leads-outcome">Open cases per lead professional</h2>
        <p>Today, whatever the period: a check that the work is shared fairly.</p>
        {leads.length === 0 ? (
          <p>There are no open cases.</p>
        ) : (
          <OpenCasesChart
            title="Open cases per lead professional"
            groupHeading="Lead professional"
            rows={leads.map((row) => ({
              key: row.memberId ?? 'none',
              label: row.memberId === null ? 'No lead yet' : row.name || 'Someone no longer listed',
              openCases: row.openCases,
            }))}
          />
        )}
      </section>
      <ConcernOutcomes cases={rows.cases} />
    </>
  );
}
