/**
 * Team leaders' commands for the team's wellbeing framework (the `wellbeingFramework` field of the team record) and
 * its own list of indicators (table `wellbeingIndicators`, team database), all through the one write path.
 * Indicators are renamed and retired, never deleted: a case that holds one keeps its name (decision 0028).
 */
import {
  BUILT_IN_INDICATORS,
  nextPosition,
  type BuiltInFramework,
  type WellbeingFramework,
} from '../../../../shared/domain/wellbeing';
import { createRecord, inOneWrite, updateRecord, WriteError, type WriteContext } from '../../../db/writer';
import { requirePermission } from '../accessCommands';

const WORDS = 'change the team’s wellbeing indicators';

export async function setWellbeingFramework(
  writer: WriteContext,
  teamId: string,
  framework: WellbeingFramework,
): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return updateRecord(writer, 'team', teamId, { wellbeingFramework: framework });
}

/** The label, trimmed; refused when empty or already the name of another indicator in use. */
async function checkedLabel(
  writer: WriteContext,
  field: string,
  label: string,
  id?: string,
): Promise<string> {
  const trimmed = label.trim();
  if (trimmed === '')
    throw new WriteError('Enter the indicator.', [{ field, message: 'Enter the indicator.' }]);
  if (trimmed.length > 200) {
    const message = 'The indicator must be 200 characters or fewer.';
    throw new WriteError(message, [{ field, message }]);
  }
  const rows = await writer.db.rows('wellbeingIndicators').toArray();
  const same = rows.find(
    (row) =>
      !row.deleted &&
      !row.retired &&
      row.id !== id &&
      row.label.trim().toLowerCase() === trimmed.toLowerCase(),
  );
  if (same) {
    const message = `The list already has “${same.label}”.`;
    throw new WriteError(message, [{ field, message }]);
  }
  return trimmed;
}

/** Adds an indicator at the end of the team's own list; returns its id. */
export async function addOwnIndicator(writer: WriteContext, label: string): Promise<string> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return inOneWrite(writer, async () => {
    const checked = await checkedLabel(writer, 'indicator-new', label);
    const rows = await writer.db.rows('wellbeingIndicators').toArray();
    return createRecord(writer, 'wellbeingIndicators', { label: checked, position: nextPosition(rows) });
  });
}

/**
 * Starts the team's own list from a built-in framework's indicators, in its order, after any the list already has
 * and leaving out those it has by name, in one write: a team that wants SHANARRI with two of its own need not type
 * eight. Returns how many were added.
 */
export async function startOwnListFrom(writer: WriteContext, framework: BuiltInFramework): Promise<number> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return inOneWrite(writer, async () => {
    const rows = await writer.db.rows('wellbeingIndicators').toArray();
    const had = new Set(
      rows.filter((row) => !row.deleted && !row.retired).map((row) => row.label.trim().toLowerCase()),
    );
    let position = nextPosition(rows);
    let added = 0;
    for (const { label } of BUILT_IN_INDICATORS[framework]) {
      if (had.has(label.toLowerCase())) continue;
      await createRecord(writer, 'wellbeingIndicators', { label, position });
      position += 1;
      added += 1;
    }
    return added;
  });
}

export async function renameOwnIndicator(writer: WriteContext, id: string, label: string): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return inOneWrite(writer, async () => {
    const checked = await checkedLabel(writer, `indicator-${id}`, label, id);
    return updateRecord(writer, 'wellbeingIndicators', id, { label: checked });
  });
}

/** Retires an indicator (offered no more; cases that hold it keep it), or brings it back. */
export async function setIndicatorRetired(
  writer: WriteContext,
  id: string,
  retired: boolean,
): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return updateRecord(writer, 'wellbeingIndicators', id, { retired });
}
