import { useEffect, useMemo, useRef, useState } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { recordCaseVisit } from '../../board/caseVisits';
import { TeamSuggestions } from '../../people/whoCanHelp/TeamSuggestions';
import { CaseActions } from '../actions/CaseActions';
import { CaseAims } from '../actions/CaseAims';
import { CaseHistory } from '../chronology/CaseHistory';
import { CaseServices } from '../teamAroundChild/CaseServices';
import { CaseSummary } from '../summary/CaseSummary';
import { CaseViews } from '../viewOfChild/CaseViews';
import { Chronology } from '../chronology/Chronology';
import { caseItemId, type Removed } from './RemovedNotice';
import { PrintCaseButton } from './PrintCaseButton';
import { CloseCase } from './CloseCase';
import { InformationSharing } from '../summary/InformationSharing';
import { CaseReferences } from '../summary/CaseReferences';
import { TeamAroundChild } from '../teamAroundChild/TeamAroundChild';

import { restoreCaseRow, type CaseRowTable } from '../caseRowCommands';
import { useAgencies } from '../../../app/data/useAgencies';
import { useCaseRows } from './useCaseRows';
import { useMembersById } from '../../../app/data/useMembersById';
import '../cases.css';
import { useRecord } from '../../../app/data/useRecord';
import { todayIso } from '../../../../shared/dates';

export function CasePage({ caseId }: { caseId: string }) {
  const writer = useWriter();
  const person = usePerson();
  const caseRow = useRecord('cases', caseId);
  const rows = useCaseRows(caseId);
  const members = useMembersById();
  // People who can be chosen now: the same list useTeamMembers gives, without reading the directory twice.
  const team = useMemo(
    () =>
      members &&
      [...members.values()]
        .filter((member) => !member.deleted && member.status !== 'left')
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [members],
  );
  const agencies = useAgencies();
  const [removed, setRemoved] = useState<Removed | null>(null);
  // After an Undo, the row comes back when the live read catches up: focus goes to it then.
  const focusNext = useRef<string | null>(null);
  const today = todayIso();

  useEffect(() => {
    if (focusNext.current === null) return;
    const row = document.getElementById(focusNext.current);
    if (!row) return;
    row.focus();
    focusNext.current = null;
  }, [rows]);

  // Opening the case counts as looking at it, for the board's "changed since you last looked". A visit that
  // cannot be noted must never stop the case from opening, so its failure is ignored.
  useEffect(() => {
    void recordCaseVisit(writer, caseId).catch(() => undefined);
  }, [writer, caseId, person?.id]);

  if (caseRow === null) {
    return (
      <>
        <PageHeader title="Case not found" />
        <EmptyState title="This case is not on the board">
          <p>
            It may have been deleted, or the link is out of date.{' '}
            <a href={hrefFor('board')}>Go to the board</a>.
          </p>
        </EmptyState>
      </>
    );
  }
  if (!caseRow || !rows || !members || !team || !agencies) {
    return <p role="status">Opening the case…</p>;
  }

  const props = {
    caseRow,
    rows,
    members,
    team,
    agencies,
    today,
    onDeleted: (table: CaseRowTable, id: string, what: string, index: number) => {
      setRemoved({ table, id, what, index });
    },
    removed,
    undoRemoval: async () => {
      if (!removed) return;
      await restoreCaseRow(writer, removed.table, removed.id);
      setRemoved(null);
      focusNext.current = caseItemId(removed.table, removed.id);
    },
  };
  const title = `${caseRow.reference}${caseRow.displayName ? ` ${caseRow.displayName}` : ''}`;

  return (
    <div className="case-page">
      <p className="no-print case-page__back">
        <a href={hrefFor('board')}>Back to the board</a>
      </p>
      <PageHeader title={title}>
        <a className="button button--secondary no-print" href={hrefFor('board', 'my-work')}>
          My work
        </a>
        <a className="button button--secondary no-print" href={hrefFor('board', 'outcomes')}>
          Does it make a difference
        </a>
        <PrintCaseButton reference={caseRow.reference} />
      </PageHeader>
      {caseRow.status === 'closed' && (
        <Banner title="This case is closed">
          <p>You can still read everything and add to the chronology. Reopen it to plan again.</p>
        </Banner>
      )}
      <CaseSummary {...props} />
      <CaseReferences {...props} />
      <TeamAroundChild {...props} />
      <TeamSuggestions caseId={caseId} />
      <CaseAims {...props} />
      <CaseActions {...props} />
      <CaseServices {...props} />
      <CaseViews {...props} />
      <InformationSharing {...props} />
      <Chronology {...props} />
      <CloseCase {...props} />
      <CaseHistory {...props} />
    </div>
  );
}
