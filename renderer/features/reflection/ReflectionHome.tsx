import { TEMPLATE_KIND_LABELS } from '../../../shared/domain/reflection';
import { hrefFor } from '../../app/router/hashRoute';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { nameOf } from './reflectionWords';
import { useMembersById } from '../../app/data/useMembersById';
import { useSessions } from './useSessions';
import { showDate } from '../../../shared/dates';
import { DataTable } from '../../ui/DataTable';

/** The list of the team's reflection sessions, newest first, with the way to plan the next one. */
export function ReflectionHome() {
  const sessions = useSessions();
  const names = useMembersById();
  return (
    <>
      <PageHeader title="Reflection" action={{ label: 'Plan a session', href: hrefFor('reflection', 'new') }}>
        <a className="button button--secondary" href={hrefFor('reflection', 'templates')}>
          Templates
        </a>
        <a className="button button--secondary" href={hrefFor('reflection', 'checks')}>
          Partnership health checks
        </a>
      </PageHeader>
      {sessions === undefined ? (
        <p>Loading sessions…</p>
      ) : sessions.length === 0 ? (
        <EmptyState title="No sessions yet">
          <p>
            Plan the team’s first reflection session from a template: a joint-work health check, a reflective
            cycle, a case reflection or a review of your forms and procedures.
          </p>
        </EmptyState>
      ) : (
        <DataTable
          caption="Reflection sessions, newest first"
          captionHidden
          columns={['Date', 'Session', 'Type', 'Facilitator', 'Status']}
        >
          {sessions.map((session) => (
            <tr key={session.id}>
              <td>{showDate(session.date)}</td>
              <td>
                <a href={hrefFor('reflection', 'session', session.id)}>{session.title}</a>
              </td>
              <td>{TEMPLATE_KIND_LABELS[session.templateKind]}</td>
              <td>{nameOf(names, session.facilitatorId) || '—'}</td>
              <td>{session.status === 'held' ? 'Held' : 'Planned'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
