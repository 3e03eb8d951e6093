import { useMemo } from 'react';
import {
  capacityByAgency,
  formatPounds,
  isEndingSoon,
  isInForce,
  isVacancy,
} from '../../../../shared/charter/commitments';
import { daysBetween } from '../../../../shared/outcomes/boardOutcomes';
import { COMMITMENT_KIND_LABELS, type AgencyCommitment } from '../../../../shared/domain/charter';
import { hrefFor } from '../../../app/router/hashRoute';
import { Banner } from '../../../ui/Banner';
import { SavedBanner } from '../../../ui/SavedBanner';
import { EmptyState } from '../../../ui/EmptyState';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { PageHeader } from '../../../ui/PageHeader';
import { CapacityTable } from './CapacityTable';
import { CharterNav } from '../CharterNav';

import { CommitmentForm } from './CommitmentForm';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useAgencies } from '../../../app/data/useAgencies';
import { showDate, todayIso } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

function amountWords(commitment: AgencyCommitment): string {
  if (commitment.kind === 'staff') {
    return `${commitment.posts} ${commitment.posts === 1 ? 'post' : 'posts'}, ${commitment.hoursPerWeek} hours a week`;
  }
  if (commitment.kind === 'funding') return `${formatPounds(commitment.amount)} a year`;
  return '';
}

/** What each agency commits to the team; vacancies and commitments ending soon stand out; capacity by agency. */
export function CommitmentsPage() {
  const commitments = useLiveRows('agencyCommitments');
  const agencies = useAgencies();
  const { editing, saved, open, close, done } = useEditingPart<'add'>('commitments');
  const today = todayIso();
  const names = useMemo(
    () => new Map((agencies ?? []).map((agency) => [agency.id, agency.name])),
    [agencies],
  );
  const capacity = useMemo(
    () => capacityByAgency(commitments ?? [], agencies ?? [], today),
    [commitments, agencies, today],
  );
  const sorted = [...(commitments ?? [])].sort(
    (a, b) =>
      (names.get(a.agencyId) ?? '').localeCompare(names.get(b.agencyId) ?? '', 'en-GB') ||
      a.start.localeCompare(b.start),
  );
  const vacancies = sorted.filter((row) => isVacancy(row) && isInForce(row, today)).length;
  const ending = sorted.filter((row) => isEndingSoon(row, today)).length;

  return (
    <>
      <PageHeader title="Agency commitments" />
      <CharterNav current="commitments" />
      <SavedBanner text={saved} />
      {(vacancies > 0 || ending > 0) && (
        <Banner tone="warning" title="Needs attention">
          <ul>
            {vacancies > 0 && (
              <li>{vacancies === 1 ? '1 post is vacant.' : `${vacancies} posts are vacant.`}</li>
            )}
            {ending > 0 && (
              <li>{ending === 1 ? '1 commitment ends' : `${ending} commitments end`} in the next 90 days.</li>
            )}
          </ul>
        </Banner>
      )}
      {editing === 'add' ? (
        <section aria-labelledby="add-commitment-heading" className="charter-form-block">
          <h2 id="add-commitment-heading">Add a commitment</h2>
          <CommitmentForm focusOnOpen onSaved={() => done('The commitment is added.')} onCancel={close} />
        </section>
      ) : (
        <div className="button-row">
          <button type="button" id="commitments-add" className="button" onClick={() => open('add')}>
            Add a commitment
          </button>
        </div>
      )}
      {commitments && commitments.length === 0 && (
        <EmptyState title="No commitments recorded yet">
          <p>Record the staff, funding and other resources each agency has agreed to put into the team.</p>
        </EmptyState>
      )}
      {sorted.length > 0 && (
        <>
          <CapacityTable rows={capacity.rows} total={capacity.total} />
          <h2>Every commitment</h2>
          <DataTable
            className="commitment-table"
            caption="Every commitment, by agency"
            captionHidden
            columns={['Agency', 'Commitment', 'Dates', 'Stands out', { label: 'Change', hidden: true }]}
          >
            {sorted.map((row) => {
              const vacant = isVacancy(row);
              const soon = isEndingSoon(row, today);
              const ended = row.end !== null && row.end < today;
              return (
                <tr key={row.id} className={vacant || soon ? 'commitment--flagged' : undefined}>
                  <th scope="row">{names.get(row.agencyId) ?? 'Agency no longer listed'}</th>
                  <td>
                    <span className="tag">{COMMITMENT_KIND_LABELS[row.kind]}</span> {row.description}
                    <div className="muted">{amountWords(row)}</div>
                  </td>
                  <td>
                    From {showDate(row.start)}
                    {row.end ? ` to ${showDate(row.end)}` : ', no end agreed'}
                  </td>
                  <td>
                    {vacant && <span className="tag tag--error">Vacant post</span>}{' '}
                    {soon && row.end && (
                      <span className="tag tag--warning">Ends in {daysBetween(today, row.end)} days</span>
                    )}{' '}
                    {row.seconded && <span className="tag">Seconded</span>}{' '}
                    {ended && <span className="tag">Ended</span>}
                  </td>
                  <td>
                    <a href={hrefFor('charter', 'commitment', row.id)}>
                      Change<span className="visually-hidden"> {row.description}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </>
  );
}
