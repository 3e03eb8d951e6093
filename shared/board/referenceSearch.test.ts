import { describe, expect, it } from 'vitest';
import { makeCase, makeCaseReference, makeColumn } from '../../tests/factories/records';
import { buildBoardIndex, buildSearchTexts } from './boardIndex';
import { filterCards } from './filterCards';
import { EMPTY_FILTERS } from './filters';
import { SEARCH_PART } from './searchSource';

const TODAY = '2026-03-10';

function found(search: string, removed = false): string[] {
  const stage = makeColumn();
  const child = makeCase({ reference: 'JU-0007', columnId: stage.id });
  const other = makeCase({ reference: 'JU-0008', columnId: stage.id });
  const references = [
    makeCaseReference({ caseId: child.id, kind: 'council-case', value: 'CS-204417', deleted: removed }),
    makeCaseReference({ caseId: child.id, kind: 'nhs-number', value: '943 476 5919', deleted: removed }),
  ];
  // The references go through the search part as the board keeps them, then into the search text.
  const kept = references.flatMap((row) => SEARCH_PART.slim('caseReferences', row, TODAY) ?? []);
  const texts = buildSearchTexts(
    [],
    [],
    references.filter((row) => kept.some((k) => k.id === row.id)),
  );
  const index = buildBoardIndex(
    {
      cases: [child, other],
      boardColumns: [stage],
      members: [],
      agencies: [],
      involvements: [],
      actions: [],
    },
    TODAY,
  );
  return filterCards(index.cards, { ...EMPTY_FILTERS, search }, null, texts).map((card) => card.reference);
}

describe("the board's search and agencies' reference numbers", () => {
  it("finds a case by the council's case number", () => {
    expect(found('cs-204417')).toEqual(['JU-0007']);
  });

  it('finds a case by its NHS number typed with or without spaces', () => {
    expect(found('943 476 5919')).toEqual(['JU-0007']);
    expect(found('9434765919')).toEqual(['JU-0007']);
  });

  it('no longer finds a case by a reference number that was removed', () => {
    expect(found('CS-204417', true)).toEqual([]);
  });
});
