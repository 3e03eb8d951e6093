import { ENABLER_LABELS } from '../../../../shared/domain/reflection';
import {
  lowestEnablers,
  spreadByEnabler,
  trendAcrossChecks,
} from '../../../../shared/reflection/healthCheck';
import { hrefFor } from '../../../app/router/hashRoute';
import { PageHeader } from '../../../ui/PageHeader';
import { NotFound } from '../NotFound';
import { TrendChart } from './TrendChart';

import { useHealthChecks } from './useHealthChecks';
import { showDate } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

/** The spread of scores per enabler, the comments, the trend, and the three lowest as the next session's agenda. */
export function HealthCheckResults({ checkId }: { checkId: string }) {
  const data = useHealthChecks();
  if (data === undefined) return <p>Loading the results…</p>;
  const check = data.checks.find((candidate) => candidate.id === checkId);
  if (!check) return <NotFound what="This health check" />;
  const responses = data.responsesByCheck.get(check.id) ?? [];
  const spread = spreadByEnabler(responses, check.enablers);
  const lowest = lowestEnablers(spread);
  const signedCount = responses.filter((response) => response.memberId !== null).length;

  return (
    <>
      <PageHeader title={`Results: ${check.title}`} />
      <p>
        <a href={hrefFor('reflection', 'checks')}>All health checks</a>
      </p>
      <p>
        Opened {showDate(check.opensOn)}. {responses.length}{' '}
        {responses.length === 1 ? 'response' : 'responses'}, {responses.length - signedCount} anonymous.
      </p>
      {lowest.length > 0 && (
        <section aria-labelledby="lowest-heading" className="reflection-block">
          <h2 id="lowest-heading">Lowest scores</h2>
          <ol>
            {lowest.map((enabler) => (
              <li key={enabler}>{ENABLER_LABELS[enabler]}</li>
            ))}
          </ol>
          <a className="button" href={hrefFor('reflection', 'new', 'from-check', check.id)}>
            Start a session on these
          </a>
        </section>
      )}
      <h2>Scores for each question</h2>
      <DataTable
        className="spread-table"
        caption="How many people gave each score, 1 (poor) to 5 (strong)"
        captionHidden
        columns={['Question', ...[1, 2, 3, 4, 5].map((score) => `Scored ${score}`), 'Middle score']}
      >
        {spread.map((row) => (
          <tr key={row.enabler}>
            <th scope="row">{ENABLER_LABELS[row.enabler]}</th>
            {row.counts.map((count, index) => (
              <td key={index}>
                <span className="spread-bar" aria-hidden="true" style={{ width: `${count * 0.6}rem` }} />
                {count}
              </td>
            ))}
            <td>{row.median ?? 'No answers'}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Comments</h2>
      {spread.every((row) => row.comments.length === 0) ? (
        <p>No comments.</p>
      ) : (
        spread
          .filter((row) => row.comments.length > 0)
          .map((row) => (
            <section key={row.enabler} aria-labelledby={`comments-${row.enabler}`}>
              <h3 id={`comments-${row.enabler}`}>{ENABLER_LABELS[row.enabler]}</h3>
              <ul>
                {row.comments.map((comment, index) => (
                  <li key={index}>{comment}</li>
                ))}
              </ul>
            </section>
          ))
      )}
      <h2>Trend across checks</h2>
      <TrendChart points={trendAcrossChecks(data.checks, data.responsesByCheck)} />
    </>
  );
}
