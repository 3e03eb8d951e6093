/** A row of the change history for tests: `makeAuditRow({ table: 'aims', action: 'create' })`. Pure: no database. */
import type { AuditRow } from '../../shared/domain/audit';

/** An update of one record by Sam Okafor on PC 7, with no fields named; override what the test is about. */
export function makeAuditRow(overrides: Partial<AuditRow> = {}): AuditRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    at: '2026-03-03T14:05:00.000Z',
    stamp: '001772546700000-000000-pc-7',
    personId: 'sam',
    personName: 'Sam Okafor',
    deviceId: 'pc-7',
    table: 'cases',
    recordId: 'r1',
    action: 'update',
    fields: [],
    changes: [],
    ...overrides,
  };
}
