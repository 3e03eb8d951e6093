import { describe, expect, it } from 'vitest';
import { makeCase, stampAll } from '../../tests/factories/records';
import { migrateTables } from '../bundle/migrations';
import { legacyDecisionId, sharingDecisionSchema } from './sharing';

function olderFile(...cases: Record<string, unknown>[]) {
  // As a version 3 file carries them: plain JSON rows.
  return migrateTables({ cases: JSON.parse(JSON.stringify(cases)) as unknown[] }, 3, 4);
}

describe('a file from before the lawful bases for sharing', () => {
  it('brings a consent recorded on a case in as the first decision of its history, with who, when and what', () => {
    const caseRow = stampAll(makeCase({ sharingBasis: 'consent', consentGivenBy: 'Mother' }));
    const [decision] = olderFile(caseRow)['sharingDecisions'] ?? [];
    expect(sharingDecisionSchema.parse(decision)).toMatchObject({
      id: legacyDecisionId(caseRow.id),
      caseId: caseRow.id,
      basis: 'consent',
      consentGivenBy: 'Mother',
      consentScope: caseRow.consentScope,
      decidedOn: caseRow.consentGivenOn,
    });
  });

  it('brings a legal basis in as public task, keeping the words it was recorded with', () => {
    const caseRow = stampAll(makeCase({ sharingBasis: 'legal-basis', legalBasis: 'Section 47 enquiry' }));
    const [decision] = olderFile(caseRow)['sharingDecisions'] ?? [];
    expect(sharingDecisionSchema.parse(decision)).toMatchObject({
      basis: 'public-task',
      reason: 'Recorded as a legal basis before the lawful bases were listed: Section 47 enquiry',
    });
  });

  it('gives the same decision, id and stamps included, each time the file is brought in', () => {
    const caseRow = stampAll(makeCase({ sharingBasis: 'consent' }));
    expect(olderFile(caseRow)).toEqual(olderFile(caseRow));
  });

  it('adds no decision for a case whose basis was not yet recorded', () => {
    expect(
      olderFile(stampAll(makeCase({ sharingBasis: 'not-recorded' })))['sharingDecisions'],
    ).toBeUndefined();
  });
});
