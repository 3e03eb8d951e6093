/**
 * Builders for the board's own records (saved views, case visits) and a small board of cases for component tests,
 * written through the write path into a fake-indexeddb test team.
 */
import type { BoardCard } from '../../shared/board/boardIndex';
import type { RowOf } from '../../shared/domain/registry';
import { EMPTY_FILTERS } from '../../shared/board/filters';
import { caseVisitId } from '../../shared/board/caseActivity';
import { newId } from '../../shared/sync/record';
import { FACTORY_PERSON_ID, newEnvelope, stampAll } from './records';

type Overrides<Name extends 'savedViews' | 'caseVisits'> = Partial<RowOf<Name>>;

export function makeSavedView(overrides: Overrides<'savedViews'> = {}): RowOf<'savedViews'> {
  return stampAll({
    ...newEnvelope(),
    name: 'My overdue reviews',
    ownerId: FACTORY_PERSON_ID,
    filters: { ...EMPTY_FILTERS, mine: true, review: 'overdue' },
    ...overrides,
  });
}

export function makeCaseVisit(overrides: Overrides<'caseVisits'> = {}): RowOf<'caseVisits'> {
  const personId = overrides.personId ?? FACTORY_PERSON_ID;
  const caseId = overrides.caseId ?? newId();
  return stampAll({
    ...newEnvelope(),
    id: caseVisitId(personId, caseId),
    personId,
    caseId,
    at: new Date().toISOString(),
    ...overrides,
  });
}

let cardsMade = 0;

/** A card as the board shows it, for a case of its own: an open case with no lead, review or marks yet. */
export function makeBoardCard(fields: Partial<BoardCard> = {}): BoardCard {
  cardsMade += 1;
  const reference = `JU-${String(cardsMade).padStart(4, '0')}`;
  return {
    id: `case-${cardsMade}`,
    reference,
    displayName: `Child ${cardsMade}`,
    columnId: 'stage-1',
    status: 'open',
    leadId: null,
    leadName: '',
    memberIds: [],
    agencyIds: [],
    agencyNames: [],
    concerns: [],
    nextReviewDate: null,
    review: 'none',
    overdueActions: 0,
    searchText: `${reference.toLowerCase()} child ${cardsMade}`,
    ...fields,
  } satisfies BoardCard;
}
