/**
 * The board's writes, through the one write path (renderer/db/writer.ts) into the team database: moving a case to
 * another stage (with its chronology entry), managing the stages, and saving named views of the filters.
 */
import { boardFiltersSchema, type BoardFilters } from '../../../shared/board/filters';
import { positionAtEnd, positionForMove } from '../../../shared/board/columnOrder';
import { orderColumns } from '../../../shared/board/boardIndex';

import { recordCommands } from '../../db/recordCommands';
import { WriteError, inOneWrite, type WriteContext } from '../../db/writer';
import { todayIso } from '../../../shared/dates';

const cases = recordCommands('cases');
const chronology = recordCommands('chronology');
const stages = recordCommands('boardColumns');
const views = recordCommands('savedViews');

export const MOVE_REASON_MAX = 200;
export const STAGE_NAME_MAX = 60;
export const VIEW_NAME_MAX = 80;

export interface MoveResult {
  from: string;
  to: string;
}

/** The chronology text of a move, e.g. "Moved from Referral to Assessment: family agreed." */
export function moveEntryText(from: string, to: string, reason: string): string {
  const trimmed = reason.trim();
  return trimmed === '' ? `Moved from ${from} to ${to}.` : `Moved from ${from} to ${to}: ${trimmed}`;
}

/**
 * Moves a case to another stage and records the move, with the optional reason, in the case's chronology — both
 * or neither.
 */
export async function moveCase(
  writer: WriteContext,
  input: { caseId: string; toColumnId: string; reason: string },
): Promise<MoveResult> {
  if (input.reason.trim().length > MOVE_REASON_MAX) {
    throw new WriteError(`Keep the reason to ${MOVE_REASON_MAX} characters or fewer.`, [
      { field: 'reason', message: `Keep the reason to ${MOVE_REASON_MAX} characters or fewer.` },
    ]);
  }
  return inOneWrite(writer, async () => {
    const row = await writer.db.rows('cases').get(input.caseId);
    if (!row || row.deleted)
      throw new WriteError('This case is no longer on the board. Someone may have removed it.');
    const to = await writer.db.rows('boardColumns').get(input.toColumnId);
    if (!to || to.deleted || to.retired) {
      throw new WriteError('That stage is no longer on the board. Choose another stage.');
    }
    const from = await writer.db.rows('boardColumns').get(row.columnId);
    const fromTitle = from && !from.deleted ? from.title : 'a stage no longer on the board';
    if (row.columnId === to.id) return { from: fromTitle, to: to.title };
    await cases.update(writer, row.id, { columnId: to.id });
    await chronology.create(writer, {
      caseId: row.id,
      date: todayIso(),
      type: 'stage-change',
      text: moveEntryText(fromTitle, to.title, input.reason),
      authorId: writer.person.id,
    });
    return { from: fromTitle, to: to.title };
  });
}

function checkStageName(title: string, field: string): string {
  const trimmed = title.trim();
  if (trimmed === '')
    throw new WriteError('Enter a name for the stage.', [{ field, message: 'Enter a name for the stage.' }]);
  if (trimmed.length > STAGE_NAME_MAX) {
    const message = `Keep the stage name to ${STAGE_NAME_MAX} characters or fewer.`;
    throw new WriteError(message, [{ field, message }]);
  }
  return trimmed;
}

async function liveColumns(writer: WriteContext) {
  return orderColumns(await writer.db.rows('boardColumns').toArray());
}

/** Adds a stage after the last one. */
export async function addStage(writer: WriteContext, title: string): Promise<string> {
  const name = checkStageName(title, 'new-stage-title');
  return inOneWrite(writer, async () => {
    const columns = await liveColumns(writer);
    return stages.create(writer, {
      title: name,
      position: positionAtEnd(columns),
      kind: 'custom',
    });
  });
}

export async function renameStage(writer: WriteContext, columnId: string, title: string): Promise<void> {
  const name = checkStageName(title, `stage-title-${columnId}`);
  await stages.update(writer, columnId, { title: name });
}

/** Moves a stage one place earlier or later among the stages in use; false when it is already at that end. */
export async function moveStage(
  writer: WriteContext,
  columnId: string,
  direction: 'up' | 'down',
): Promise<boolean> {
  return inOneWrite(writer, async () => {
    const active = (await liveColumns(writer)).filter((column) => !column.retired);
    const position = positionForMove(active, columnId, direction);
    if (position === null) return false;
    return stages.update(writer, columnId, { position });
  });
}

/** Retires a stage: it leaves the board, and its cases show under "Retired stages" until they are moved. */
export async function retireStage(writer: WriteContext, columnId: string): Promise<void> {
  await inOneWrite(writer, async () => {
    const active = (await liveColumns(writer)).filter((column) => !column.retired);
    if (active.length <= 1 && active[0]?.id === columnId) {
      throw new WriteError(
        'The board needs at least one stage in use. Add another stage before retiring this one.',
      );
    }
    await stages.update(writer, columnId, { retired: true });
  });
}

/** Brings a retired stage back onto the board, after the stages in use. */
export async function bringBackStage(writer: WriteContext, columnId: string): Promise<void> {
  await inOneWrite(writer, async () => {
    const active = (await liveColumns(writer)).filter((column) => !column.retired);
    await stages.update(writer, columnId, { retired: false, position: positionAtEnd(active) });
  });
}

/** Saves the filters as a named view of the person's own; saving under an existing name replaces that view. */
export async function saveView(writer: WriteContext, name: string, filters: BoardFilters): Promise<string> {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new WriteError('Enter a name for the view.', [
      { field: 'name', message: 'Enter a name for the view.' },
    ]);
  }
  if (trimmed.length > VIEW_NAME_MAX) {
    const message = `Keep the name to ${VIEW_NAME_MAX} characters or fewer.`;
    throw new WriteError(message, [{ field: 'name', message }]);
  }
  const parsed = boardFiltersSchema.parse(filters);
  return inOneWrite(writer, async () => {
    const mine = await writer.db.rows('savedViews').where('ownerId').equals(writer.person.id).toArray();
    const same = mine.find((view) => !view.deleted && view.name.toLowerCase() === trimmed.toLowerCase());
    if (same) {
      await views.update(writer, same.id, { filters: parsed });
      return same.id;
    }
    return views.create(writer, { name: trimmed, ownerId: writer.person.id, filters: parsed });
  });
}

export const deleteView = views.remove;
