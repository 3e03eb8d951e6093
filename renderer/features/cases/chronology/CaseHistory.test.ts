import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../../shared/domain/audit';
import { makeAuditRow } from '../../../../tests/factories/audit';
import { describeChange } from './CaseHistory';

/** A change to one of a case's actions. */
function row(overrides: Partial<AuditRow>): AuditRow {
  return makeAuditRow({ table: 'actions', ...overrides });
}

describe('the history of a case in plain words', () => {
  it('names the fields changed with their old and new values', () => {
    const text = describeChange(
      row({
        fields: ['status', 'dueDate', 'doneAt'],
        changes: [
          { field: 'status', before: 'open', after: 'done' },
          { field: 'dueDate', before: null, after: '2026-03-12' },
        ],
      }),
    );
    expect(text).toBe('Changed action: status from “open” to “done”; due date from nothing to 12 March 2026');
  });

  it('names people instead of showing their record ids, and leaves sensitive text out', () => {
    const lead = '10000000-0000-4000-8000-000000000001';
    const text = describeChange(
      row({
        table: 'cases',
        fields: ['leadMemberId', 'outcome'],
        changes: [{ field: 'leadMemberId', before: null, after: lead }],
      }),
      (field, value) => (field === 'leadMemberId' && value === lead ? 'Priya Shah' : null),
    );
    expect(text).toBe('Changed case details: lead professional from nobody to Priya Shah; outcome');
  });

  it('says plainly when a row was added or deleted', () => {
    expect(describeChange(row({ action: 'create', table: 'aims' }))).toBe('Added: shared aim');
    expect(describeChange(row({ action: 'delete', table: 'services' }))).toBe('Deleted: service');
  });
});
