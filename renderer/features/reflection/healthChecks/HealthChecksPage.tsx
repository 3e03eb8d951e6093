import { isActiveLeader } from '../../../../shared/domain/roles';
import { trendAcrossChecks } from '../../../../shared/reflection/healthCheck';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { TrendChart } from './TrendChart';
import { setHealthCheckStatus } from './healthCheckCommands';

import { useHealthChecks } from './useHealthChecks';
import { showDate } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

/** Every partnership health check, the trend across them, and (for leaders) opening and closing checks. */
export function HealthChecksPage() {
  const data = useHealthChecks();
  const person = usePerson();
  const writer = useWriter();
  const leader = isActiveLeader(person);
  return (
    <>
      <PageHeader
        title="Partnership health checks"
        action={leader && { label: 'Open a health check', href: hrefFor('reflection', 'checks', 'new') }}
      />
      <p>
        <a href={hrefFor('reflection')}>All sessions</a>
      </p>
      <p>
        Everyone scores the team from 1 to 5 on what helps agencies work well together. Answers are anonymous
        unless the person chooses to put their name to them.
      </p>
      {data === undefined ? (
        <p>Loading health checks…</p>
      ) : data.checks.length === 0 ? (
        <EmptyState title="No health checks yet">
          <p>{leader ? 'Open the first one to see how the team is doing.' : 'A team leader can open one.'}</p>
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Health checks, oldest first"
            captionHidden
            columns={[
              'Health check',
              'Open',
              'Responses',
              'Status',
              { label: 'What you can do', hidden: true },
            ]}
          >
            {data.checks.map((check) => (
              <tr key={check.id}>
                <td>{check.title}</td>
                <td>
                  {showDate(check.opensOn)}
                  {check.closesOn && ` to ${showDate(check.closesOn)}`}
                </td>
                <td>{data.responsesByCheck.get(check.id)?.length ?? 0}</td>
                <td>{check.status === 'open' ? 'Open' : 'Closed'}</td>
                <td>
                  <div className="button-row">
                    {check.status === 'open' && (
                      <a
                        href={hrefFor('reflection', 'checks', check.id)}
                        aria-label={`Answer ${check.title}`}
                      >
                        Answer
                      </a>
                    )}
                    <a
                      href={hrefFor('reflection', 'checks', check.id, 'results')}
                      aria-label={`Results of ${check.title}`}
                    >
                      Results
                    </a>
                    {leader && (
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={`${check.status === 'open' ? 'Close' : 'Reopen'} ${check.title}`}
                        onClick={() =>
                          void setHealthCheckStatus(
                            writer,
                            check.id,
                            check.status === 'open' ? 'closed' : 'open',
                          )
                        }
                      >
                        {check.status === 'open' ? 'Close' : 'Reopen'}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
          <h2>Trend</h2>
          <TrendChart points={trendAcrossChecks(data.checks, data.responsesByCheck)} />
        </>
      )}
    </>
  );
}
