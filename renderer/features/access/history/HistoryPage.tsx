import { useState } from 'react';
import { TABLES } from '../../../../shared/domain/registry';
import { PageHeader } from '../../../ui/PageHeader';
import { MemberField } from '../../../ui/forms/MemberField';
import { SelectField } from '../../../ui/forms/SelectField';
import { fieldsOf } from '../../../ui/forms/fieldsOf';
import { TextField } from '../../../ui/forms/TextField';
import { AuditEntryItem } from './AuditEntryItem';
import { NO_FILTERS, type AuditFilters } from './auditSearch';
import { BackToSettings } from '../BackToSettings';
import { useMembers } from '../../../app/data/useMembers';
import { useAuditSearch } from './useAuditSearch';
import '../access.css';

const PAGE_SIZE = 50;

/** The team's change history, searchable by person, record and date. */
export function HistoryPage() {
  const members = useMembers();
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [dateError, setDateError] = useState<string | undefined>();
  const result = useAuditSearch(filters, offset, PAGE_SIZE);
  const filter = fieldsOf(draft, setDraft, { 'history-to': dateError });

  const search = () => {
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError('The “to” date must be the same as or after the “from” date.');
      return;
    }
    setDateError(undefined);
    setFilters(draft);
    setOffset(0);
  };

  return (
    <>
      <PageHeader title="Change history" />
      <BackToSettings />
      <p>
        Every change anyone in the team made, on any PC whose changes have reached this one. Newest first.
      </p>
      <form
        noValidate
        className="access-filters"
        role="search"
        aria-label="Search the change history"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <MemberField
          {...filter('personId', 'history-person')}
          label="Person"
          emptyLabel="Anyone"
          members={members ?? []}
        />
        <SelectField
          {...filter('table', 'history-table')}
          label="Kind of record"
          emptyLabel="Any"
          options={TABLES.map((def) => ({ value: def.name, label: def.label }))}
        />
        <TextField
          {...filter('record', 'history-record')}
          label="Reference or name"
          hint="For example JU-0042."
          type="search"
        />
        <TextField {...filter('from', 'history-from')} label="From" type="date" />
        <TextField {...filter('to', 'history-to')} label="To" type="date" />
        <div className="button-row">
          <button type="submit" className="button">
            Search
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setOffset(0);
              setDateError(undefined);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <section aria-labelledby="history-results" aria-busy={result === undefined}>
        <h2 id="history-results">Changes</h2>
        {result === undefined ? (
          <p role="status">Looking through the history…</p>
        ) : result.entries.length === 0 ? (
          <p role="status">No changes match.</p>
        ) : (
          <>
            <p role="status" className="muted">
              Showing changes {offset + 1} to {offset + result.entries.length}
              {result.hasMore ? ', and there are older ones' : ''}.
            </p>
            <ol className="audit-list">
              {result.entries.map((entry) => (
                <AuditEntryItem key={entry.row.id} entry={entry} />
              ))}
            </ol>
          </>
        )}
        <div className="button-row">
          {offset > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              Newer changes
            </button>
          )}
          {result?.hasMore && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              Older changes
            </button>
          )}
        </div>
      </section>
    </>
  );
}
