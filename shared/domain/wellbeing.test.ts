import { describe, expect, it } from 'vitest';
import { makeCase, makeTeamRecord, stampAll } from '../../tests/factories/records';
import { migrateTables } from '../bundle/migrations';
import { mergeRecord, type MergeContext } from '../sync/merge';
import type { SyncedRecord } from '../sync/record';
import { rewrite, stamp, stampedRecord } from '../sync/testRecords';
import { observeRecord } from '../sync/versionVector';
import { caseSchema } from './cases';
import { teamSchema } from './team';
import {
  BUILT_IN_INDICATORS,
  SHANARRI,
  indicatorChoices,
  indicatorIdSchema,
  indicatorLabel,
  inFrameworkOrder,
  wellbeingIndicatorSchema,
  type WellbeingIndicator,
  type WellbeingSetting,
} from './wellbeing';

const OWN_ID = '3c0e7a52-9d41-4b8e-a1f6-5e2d7c9b0a13';
const WALES: WellbeingSetting = { framework: 'wales', own: [] };

function ownIndicator(fields: Partial<WellbeingIndicator> = {}): WellbeingIndicator {
  return wellbeingIndicatorSchema.parse(
    stampedRecord(OWN_ID, stamp(100, 'pc-a'), { label: 'Family finances', position: 1, ...fields }),
  );
}

/** As a data version 4 file carries rows: plain JSON, without the fields version 5 added. */
function olderFile(tables: Record<string, Record<string, unknown>[]>) {
  const plain = JSON.parse(JSON.stringify(tables)) as Record<string, unknown[]>;
  return migrateTables(plain, 4, 5);
}

describe('the built-in wellbeing frameworks', () => {
  it('give every indicator of every framework its own id, one a case can hold', () => {
    const ids = Object.values(BUILT_IN_INDICATORS).flatMap((list) => list.map((indicator) => indicator.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(indicatorIdSchema.safeParse(id).success, id).toBe(true);
  });

  it('keep SHANARRI’s ids the codes every case held before a team could choose', () => {
    expect(BUILT_IN_INDICATORS.shanarri.map((indicator) => indicator.id)).toEqual([...SHANARRI]);
  });

  it('offer England’s five outcomes and Wales’s well-being as the law lists it, in its order', () => {
    expect(indicatorChoices({ framework: 'england', own: [] }).map((choice) => choice.label)).toEqual([
      'Be healthy',
      'Stay safe',
      'Enjoy and achieve',
      'Make a positive contribution',
      'Achieve economic well-being',
    ]);
    const wales = indicatorChoices(WALES).map((choice) => choice.label);
    expect(wales).toHaveLength(9);
    expect(wales.slice(0, 2)).toEqual([
      'Physical and mental health and emotional well-being',
      'Protection from abuse and neglect',
    ]);
  });
});

describe('a case’s indicators after the team changes framework', () => {
  it('names an indicator of the current framework as it is, and one of another with where it comes from', () => {
    expect(indicatorLabel('safe', { framework: 'shanarri', own: [] })).toBe('Safe');
    expect(indicatorLabel('safe', WALES)).toBe('Safe (Scotland’s indicators)');
    expect(indicatorLabel('england-stay-safe', WALES)).toBe('Stay safe (England’s outcomes)');
  });

  it('names an own indicator that was retired, and one this PC has not received yet, in plain words', () => {
    const own = { framework: 'own', own: [ownIndicator({ retired: true })] } as const;
    expect(indicatorLabel(OWN_ID, own)).toBe('Family finances (no longer in the team’s list)');
    expect(indicatorLabel(OWN_ID, { ...WALES, own: [ownIndicator()] })).toBe(
      'Family finances (no longer in the team’s list)',
    );
    expect(indicatorLabel('9a1b2c3d-0000-4000-8000-000000000000', own)).toBe(
      'An indicator not known on this PC yet',
    );
  });

  it('offers a team’s own indicators in their order, leaving out retired ones', () => {
    const first = ownIndicator();
    const retired = { ...ownIndicator({ label: 'Old', position: 0.5, retired: true }), id: 'b' };
    const second = { ...ownIndicator({ label: 'Housing', position: 2 }), id: 'a' };
    const own = { framework: 'own', own: [second, retired, first] } as const;
    expect(indicatorChoices(own).map((choice) => choice.label)).toEqual(['Family finances', 'Housing']);
  });

  it('keeps indicators from elsewhere after the framework’s own when putting a choice in order', () => {
    expect(inFrameworkOrder(['safe', 'wales-rights', 'wales-health'], WALES)).toEqual([
      'wales-health',
      'wales-rights',
      'safe',
    ]);
  });
});

describe('a file from before teams chose their framework', () => {
  it('brings its team in as a SHANARRI team, and its cases keep their indicators', () => {
    const team = stampAll(makeTeamRecord());
    const { wellbeingFramework: _left, ...olderTeam } = team;
    const olderCase = stampAll(makeCase({ concerns: ['safe', 'nurtured'] }));
    const tables = olderFile({ team: [olderTeam], cases: [olderCase] });
    expect(teamSchema.parse(tables['team']?.[0]).wellbeingFramework).toBe('shanarri');
    const caseRow = caseSchema.parse(tables['cases']?.[0]);
    expect(caseRow.concerns).toEqual(['safe', 'nurtured']);
    expect(caseRow.concerns.map((id) => indicatorLabel(id, WALES))).toEqual([
      'Safe (Scotland’s indicators)',
      'Nurtured (Scotland’s indicators)',
    ]);
  });
});

describe('two PCs changing the framework or the team’s own list', () => {
  const context = (a: SyncedRecord, b: SyncedRecord, table: string): MergeContext => ({
    table,
    area: 'team',
    localVectors: observeRecord({}, 'team', a),
    incomingVectors: observeRecord({}, 'team', b),
  });

  it('agree on the same framework whichever PC’s change arrives first', () => {
    const base = stampedRecord('team-1', stamp(100, 'pc-a'), {
      name: 'Team',
      wellbeingFramework: 'shanarri',
    });
    const wales = rewrite(base, stamp(200, 'pc-a'), { wellbeingFramework: 'wales' });
    const england = rewrite(base, stamp(300, 'pc-b'), { wellbeingFramework: 'england' });
    const here = mergeRecord(wales, england, context(wales, england, 'team'));
    const there = mergeRecord(england, wales, context(england, wales, 'team'));
    expect(here.record).toEqual(there.record);
    expect(here.record['wellbeingFramework']).toBe('england');
    // Neither leader knew of the other's choice: the one set aside waits for a person.
    expect(here.conflicts.map((conflict) => conflict.field)).toEqual(['wellbeingFramework']);
  });

  it('keep a rename on one PC and a retirement on another of the same indicator', () => {
    const base = stampedRecord(OWN_ID, stamp(100, 'pc-a'), { label: 'Money', position: 1, retired: false });
    const renamed = rewrite(base, stamp(200, 'pc-a'), { label: 'Family finances' });
    const retired = rewrite(base, stamp(250, 'pc-b'), { retired: true });
    const here = mergeRecord(renamed, retired, context(renamed, retired, 'wellbeingIndicators'));
    const there = mergeRecord(retired, renamed, context(retired, renamed, 'wellbeingIndicators'));
    expect(here.record).toEqual(there.record);
    expect(here.record).toMatchObject({ label: 'Family finances', retired: true });
    expect(here.conflicts).toEqual([]);
  });
});
