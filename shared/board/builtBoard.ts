/**
 * The board's cards as built, kept beside the cards part of its saved snapshot (renderer/db/builtBoard.ts), so that
 * a board opened with nothing changed since is shown without building 50,000 cards again from their cases, people
 * and actions. Only what each card's case and records decide is kept (`CardCore`); names, review states and the
 * names search finds are worked out again from the team's people and agencies and the day, as the board built
 * them (boardIndex.ts). Pure: restoring what was packed gives back the index it was packed from.
 */
import { boardColumnSchema, type BoardColumn } from '../domain/team';
import { CASE_STATUSES } from '../domain/cases';
import { finishCard, type BoardCard, type BoardIndex, type CardContext, type CardCore } from './boardIndex';
import { isTexts, packRows, unpackRows, type PackedRows } from './packedRows';
import { dueSoonLimit } from './reviewDates';
import type { KeptRow } from './snapshotPart';

interface Named {
  id: string;
  name: string;
}

function coreOf(card: BoardCard): CardCore {
  return {
    id: card.id,
    reference: card.reference,
    displayName: card.displayName,
    columnId: card.columnId,
    status: card.status,
    leadId: card.leadId,
    memberIds: card.memberIds,
    agencyIds: card.agencyIds,
    concerns: card.concerns,
    nextReviewDate: card.nextReviewDate,
    overdueActions: card.overdueActions,
  };
}

const named = ([id, name]: [string, string]): Named => ({ id, name });

/** The index in the compact form the snapshot keeps (packedRows.ts): its cards' cores, stages and names. */
export function packBoard(index: BoardIndex): PackedRows {
  return packRows({
    cards: index.cards.map(coreOf),
    columns: index.columns,
    members: [...index.memberNames].map(named),
    agencies: [...index.agencyNames].map(named),
  });
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStatus = (value: unknown): value is CardCore['status'] =>
  CASE_STATUSES.some((status) => status === value);

function isCardCore(row: KeptRow): row is CardCore {
  const field = (name: keyof CardCore): unknown => Reflect.get(row, name);
  return (
    isText(field('reference')) &&
    isText(field('displayName')) &&
    isText(field('columnId')) &&
    isStatus(field('status')) &&
    isTextOrNull(field('leadId')) &&
    isTexts(field('memberIds')) &&
    isTexts(field('agencyIds')) &&
    isTexts(field('concerns')) &&
    isTextOrNull(field('nextReviewDate')) &&
    Number.isInteger(field('overdueActions'))
  );
}

function isNamed(row: KeptRow): row is Named {
  return isText(Reflect.get(row, 'name'));
}

function parseColumns(rows: readonly KeptRow[]): BoardColumn[] | null {
  const columns: BoardColumn[] = [];
  for (const row of rows) {
    const parsed = boardColumnSchema.safeParse(row);
    if (!parsed.success) return null;
    columns.push(parsed.data);
  }
  return columns;
}

/**
 * The index `packBoard` packed, finished for `today`; null when what was stored is not a packed board of this
 * shape (damaged, or written by another release), so the board is built from its records instead.
 */
export function restoreBoard(packed: unknown, today: string): BoardIndex | null {
  const tables = unpackRows(packed);
  const cards = tables?.cards;
  const members = tables?.members;
  const agencies = tables?.agencies;
  const columns = tables?.columns ? parseColumns(tables.columns) : null;
  if (!cards || !members || !agencies || !columns) return null;
  if (!cards.every(isCardCore) || !members.every(isNamed) || !agencies.every(isNamed)) return null;
  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  const agencyNames = new Map(agencies.map((agency) => [agency.id, agency.name]));
  const context: CardContext = { memberNames, agencyNames, today, limit: dueSoonLimit(today) };
  return {
    cards: cards.map((core) => finishCard(core, context)),
    columns,
    memberNames,
    agencyNames,
    today,
  };
}
