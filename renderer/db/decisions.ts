/**
 * The "needs a decision" list (the team database's `decisions` table, kept on this PC): fields where an import
 * met a different value written elsewhere without either side having seen the other's change. Settling one writes
 * the chosen value through the write path and removes the entry, in one transaction.
 */
import { AUDIT_TABLE, isTableName } from '../../shared/domain/registry';
import type { SyncedRecord } from '../../shared/sync/record';
import type { DecisionRow, TeamDb } from './teamDb';
import { settleField, type WriteContext } from './writer';
import { WriteError } from './writeRules';

export async function listDecisions(db: TeamDb): Promise<DecisionRow[]> {
  return db.decisions.orderBy('foundAt').toArray();
}

export type DecisionChoice = { keep: 'current' } | { keep: 'other' } | { value: unknown };

export async function settleDecision(
  writer: WriteContext,
  decisionId: string,
  choice: DecisionChoice,
): Promise<void> {
  const decision = await writer.db.decisions.get(decisionId);
  if (!decision) throw new WriteError('This has already been settled.');
  const table = decision.table;
  if (!isTableName(table))
    throw new WriteError('This belongs to a part of the app this version does not have.');
  await writer.db.transaction('rw', [table, AUDIT_TABLE.name, 'meta', 'decisions'], async () => {
    // "Keep this one" keeps what the record holds now, which a later change may have replaced since.
    const current = (await writer.db.table<SyncedRecord, string>(table).get(decision.recordId))?.[
      decision.field
    ];
    const value =
      'value' in choice ? choice.value : choice.keep === 'current' ? current : decision.otherValue;
    await settleField(writer, table, decision.recordId, decision.field, value, [decision.id]);
    await writer.db.decisions.delete(decisionId);
  });
}
