import { useState } from 'react';
import type { Action } from '../../../../shared/domain/cases';
import { TEMPLATE_KIND_LABELS } from '../../../../shared/domain/reflection';
import { sessionSummaryText, type SummaryAction } from '../../../../shared/reflection/summary';
import { hrefFor } from '../../../app/router/hashRoute';
import { getAppApi } from '../../../bridge/appApi';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { NotFound } from '../NotFound';
import { nameOf } from '../reflectionWords';
import { useCarriedActions } from './useCarriedActions';
import { useCaseReferences } from './useCaseReferences';
import { useMembersById } from '../../../app/data/useMembersById';
import { useSessionParts } from './useSessionParts';
import { useRecord } from '../../../app/data/useRecord';
import { showDate } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';
import { DataTable } from '../../../ui/DataTable';

/** A file name safe on every PC: the session title without characters file systems refuse. */
function fileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Reflection session'}.pdf`;
}

/** The printable summary of a session, and the same as plain text to paste into an email. */
export function SummaryPage({ sessionId }: { sessionId: string }) {
  const session = useRecord('reflectionSessions', sessionId);
  const parts = useSessionParts(sessionId);
  const carried = useCarriedActions(session);
  const names = useMembersById();
  const cases = useCaseReferences();
  const [message, setMessage] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);

  if (session === undefined || parts === undefined) return <p>Loading the session…</p>;
  if (session === null) return <NotFound what="This session" />;

  const toSummary = (action: Action): SummaryAction => ({
    text: action.text,
    owner: nameOf(names, action.ownerId),
    due: showDate(action.dueDate, ''),
    status: action.status,
    dropReason: action.dropReason,
  });
  const attended = parts.attendance
    .filter((row) => row.status === 'attended')
    .map((row) => nameOf(names, row.memberId))
    .sort();
  const apologies = parts.attendance
    .filter((row) => row.status === 'apologies')
    .map((row) => nameOf(names, row.memberId))
    .sort();
  const caseReference = session.caseId
    ? (cases?.find((row) => row.id === session.caseId)?.reference ?? null)
    : null;
  const text = sessionSummaryText({
    title: session.title,
    date: showDate(session.date),
    kind: TEMPLATE_KIND_LABELS[session.templateKind],
    facilitator: nameOf(names, session.facilitatorId),
    caseReference,
    attended,
    apologies,
    items: parts.items.map((item) => ({ prompt: item.prompt, minutes: item.minutes, notes: item.text })),
    decisions: parts.decisions.map((decision) => decision.text),
    actions: parts.actions.map(toSummary),
    carried: (carried ?? []).map(({ action }) => toSummary(action)),
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setMessage('The summary is copied. Paste it into an email.');
    } catch {
      setFallback(text);
      setMessage('This PC did not allow copying. The text is selected below: press Ctrl+C to copy it.');
    }
  };

  const print = async () => {
    const result = await getAppApi().print.toPdf(fileName(session.title));
    if (!result.saved && result.reason === 'failed') {
      setMessage(result.message ?? 'The summary could not be printed. Try again.');
    }
  };

  return (
    <article className="session-summary">
      <PageHeader title={`Summary: ${session.title}`}>
        <button type="button" className="button" onClick={() => void print()}>
          Print or save as PDF
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy as text
        </button>
      </PageHeader>
      <p className="no-print">
        <a href={hrefFor('reflection', 'session', session.id)}>Back to the session</a>
      </p>
      <div role="status">{message && <Banner tone="success">{message}</Banner>}</div>
      {fallback !== null && (
        <div className="field no-print">
          <label htmlFor="summary-text">Summary as text</label>
          <textarea
            id="summary-text"
            readOnly
            rows={12}
            value={fallback}
            ref={(element) => element?.select()}
          />
        </div>
      )}
      <SummaryList>
        <SummaryRow term="Date">{showDate(session.date)}</SummaryRow>
        <SummaryRow term="Type">{TEMPLATE_KIND_LABELS[session.templateKind]}</SummaryRow>
        <SummaryRow term="Facilitator">{nameOf(names, session.facilitatorId) || 'Not recorded'}</SummaryRow>
        {caseReference && <SummaryRow term="Case">{caseReference}</SummaryRow>}
        <SummaryRow term="Attended">{attended.join(', ') || 'Not recorded'}</SummaryRow>
        <SummaryRow term="Apologies">{apologies.join(', ') || 'None'}</SummaryRow>
      </SummaryList>
      <h2>Agenda and notes</h2>
      {parts.items.length === 0 && <p>No agenda items.</p>}
      <ol className="summary-agenda">
        {parts.items.map((item) => (
          <li key={item.id}>
            <h3>
              {item.prompt}
              {item.minutes ? ` (${item.minutes} min)` : ''}
            </h3>
            <p className="summary-notes">{item.text.trim() || 'No notes.'}</p>
          </li>
        ))}
      </ol>
      <h2>Decisions</h2>
      {parts.decisions.length === 0 ? (
        <p>No decisions recorded.</p>
      ) : (
        <ul>
          {parts.decisions.map((decision) => (
            <li key={decision.id}>{decision.text}</li>
          ))}
        </ul>
      )}
      <h2>Actions agreed</h2>
      <SummaryActions actions={parts.actions.map(toSummary)} empty="No actions agreed." />
      <h2>Still open from earlier sessions</h2>
      <SummaryActions
        actions={(carried ?? []).map(({ action }) => toSummary(action))}
        empty="Nothing carried forward."
      />
    </article>
  );
}

function SummaryActions({ actions, empty }: { actions: readonly SummaryAction[]; empty: string }) {
  if (actions.length === 0) return <p>{empty}</p>;
  return (
    <DataTable columns={['Action', 'Owner', 'Due', 'Status']}>
      {actions.map((action, index) => (
        <tr key={index}>
          <td>{action.text}</td>
          <td>{action.owner || 'No owner yet'}</td>
          <td>{action.due || '—'}</td>
          <td>
            {action.status === 'open' ? 'Open' : action.status === 'done' ? 'Done' : 'Dropped'}
            {action.status === 'dropped' && action.dropReason ? ` (${action.dropReason})` : ''}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
