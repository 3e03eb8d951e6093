import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARDS_PART } from '../../shared/board/boardSource';
import { SEARCH_PART } from '../../shared/board/searchSource';
import { slimRows, type KeptRow, type PartSource, type SnapshotPart } from '../../shared/board/snapshotPart';
import { addBoardCase } from '../../tests/factories/boardCases';
import { boardChange, isBoardChange, makeBoardChange } from '../../tests/factories/boardChanges';
import { makeAgency } from '../../tests/factories/records';
import { makeTestTeam, type TestTeam } from '../../tests/factories/testTeam';
import { listPartChangeKeys, loadPart, savePart, type LoadedPart } from './boardSnapshot';
import { createRecord, deleteRecord, purgeRecord, updateRecord } from './writer';

const TODAY = '2026-01-20';

/** What a full read of a part's tables gives, each table in id order, to compare with what a load gives. */
async function readEverything(team: TestTeam, today: string, part: SnapshotPart = CARDS_PART) {
  const tables: [string, KeptRow[]][] = [];
  for (const table of part.tables) {
    tables.push([table, slimRows(part, table, await team.db.table<KeptRow>(table).toArray(), today)]);
  }
  return sorted(Object.fromEntries(tables));
}

function sorted(source: PartSource) {
  return Object.fromEntries(
    Object.entries(source).map(([table, rows]) => [
      table,
      [...(rows ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)),
    ]),
  );
}

const loadBoardSource = (db: TestTeam['db'], today: string) => loadPart(db, CARDS_PART, today);
const saveBoardSnapshot = savePart;

async function teamWithCases(count = 3) {
  const team = await makeTestTeam();
  const columnId = team.columnIds[0] ?? '';
  const caseIds: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    caseIds.push(
      await addBoardCase(team.ctx, {
        reference: `JU-${String(n).padStart(4, '0')}`,
        columnId,
        involved: [team.ctx.person.id],
        actions: [{ text: 'Phone the school', dueDate: '2026-01-10' }],
      }),
    );
  }
  return { ...team, caseIds };
}

describe('the board snapshot', () => {
  it('reads every table the first time, and the saved snapshot after that', async () => {
    const team = await teamWithCases();
    const first = await loadBoardSource(team.db, TODAY);
    expect(first.baseId).toBeNull();
    expect(first.stale).toBe(true);
    expect(first.source.cases).toHaveLength(3);
    expect(await saveBoardSnapshot(team.db, first)).toBe(true);

    const second = await loadBoardSource(team.db, TODAY);
    expect(second.baseId).not.toBeNull();
    expect(second.stale).toBe(false);
    expect(sorted(second.source)).toEqual(await readEverything(team, TODAY));
    expect(await listPartChangeKeys(team.db, 'cards')).toEqual([]);
  });

  it('shows a case moved, a case deleted and a case added after the snapshot was saved', async () => {
    const team = await teamWithCases();
    await saveBoardSnapshot(team.db, await loadBoardSource(team.db, TODAY));
    const [moved = '', gone = ''] = team.caseIds;
    await updateRecord(team.ctx, 'cases', moved, { columnId: team.columnIds[2] ?? '' });
    await deleteRecord(team.ctx, 'cases', gone);
    await addBoardCase(team.ctx, { reference: 'JU-0009', columnId: team.columnIds[1] ?? '' });

    const loaded = await loadBoardSource(team.db, TODAY);
    expect(loaded.stale).toBe(true);
    const cases = new Map(loaded.source.cases.map((row) => [row.id, row]));
    expect(cases.get(moved)?.columnId).toBe(team.columnIds[2]);
    expect(cases.has(gone)).toBe(false);
    expect(loaded.source.cases.map((row) => row.reference)).toContain('JU-0009');
    expect(sorted(loaded.source)).toEqual(await readEverything(team, TODAY));
  });

  it('keeps the cases in the board’s own order, soonest review first, and after a review date changes', async () => {
    const team = await makeTestTeam();
    const columnId = team.columnIds[0] ?? '';
    const later = await addBoardCase(team.ctx, {
      reference: 'JU-0010',
      columnId,
      nextReviewDate: '2026-03-01',
    });
    await addBoardCase(team.ctx, { reference: 'JU-0002', columnId, nextReviewDate: null });
    await addBoardCase(team.ctx, { reference: 'JU-0003', columnId, nextReviewDate: '2026-02-01' });
    await addBoardCase(team.ctx, { reference: 'JU-0011', columnId, nextReviewDate: '2026-02-01' });
    const references = (loaded: LoadedPart<PartSource>) =>
      (loaded.source.cases ?? []).map((row) => ('reference' in row ? row.reference : row.id));

    const first = await loadBoardSource(team.db, TODAY);
    expect(references(first)).toEqual(['JU-0003', 'JU-0011', 'JU-0010', 'JU-0002']);
    await saveBoardSnapshot(team.db, first);

    await updateRecord(team.ctx, 'cases', later, { nextReviewDate: '2026-01-25' });
    const patched = await loadBoardSource(team.db, TODAY);
    expect(patched.baseId).not.toBeNull();
    expect(references(patched)).toEqual(['JU-0010', 'JU-0003', 'JU-0011', 'JU-0002']);
  });

  it('keeps a change written while the snapshot was being saved, for the next opening', async () => {
    const team = await teamWithCases();
    const before = await loadBoardSource(team.db, TODAY);
    await updateRecord(team.ctx, 'cases', team.caseIds[0] ?? '', { displayName: 'Child Z.' });
    expect(await saveBoardSnapshot(team.db, before)).toBe(true);

    const after = await loadBoardSource(team.db, TODAY);
    expect(after.source.cases.find((row) => row.id === team.caseIds[0])?.displayName).toBe('Child Z.');
    expect(sorted(after.source)).toEqual(await readEverything(team, TODAY));
  });

  it('does not let an older reading replace a snapshot another window saved since', async () => {
    const team = await teamWithCases();
    const older = await loadBoardSource(team.db, TODAY);
    await updateRecord(team.ctx, 'cases', team.caseIds[0] ?? '', { displayName: 'Child Y.' });
    const newer = await loadBoardSource(team.db, TODAY);
    expect(await saveBoardSnapshot(team.db, newer)).toBe(true);
    expect(await saveBoardSnapshot(team.db, older)).toBe(false);

    const loaded = await loadBoardSource(team.db, TODAY);
    expect(loaded.source.cases.find((row) => row.id === team.caseIds[0])?.displayName).toBe('Child Y.');
  });

  it('reads a whole table again after a write too large to list record by record', async () => {
    const team = await teamWithCases(1);
    const agencies = Array.from({ length: 250 }, (_, n) => makeAgency({ name: `Agency ${n}` }));
    await team.db.transaction('rw', ['agencies', 'meta'], () => team.db.rows('agencies').bulkPut(agencies));
    await saveBoardSnapshot(team.db, await loadBoardSource(team.db, TODAY));
    // As an import writes: many records in one go, in one transaction with the meta table.
    const renamed = (await team.db.rows('agencies').toArray()).map((row) => ({
      ...row,
      name: `${row.name}!`,
    }));
    await team.db.transaction('rw', ['agencies', 'meta'], () => team.db.rows('agencies').bulkPut(renamed));

    const loaded = await loadBoardSource(team.db, TODAY);
    expect(loaded.source.agencies.every((row) => row.name.endsWith('!'))).toBe(true);
    expect(sorted(loaded.source)).toEqual(await readEverything(team, TODAY));
  });

  it('keeps no copy of a case removed for good, not even its reference', async () => {
    const team = await teamWithCases(1);
    await saveBoardSnapshot(team.db, await loadBoardSource(team.db, TODAY));
    await savePart(team.db, await loadPart(team.db, SEARCH_PART, TODAY));
    const caseId = team.caseIds[0] ?? '';
    await deleteRecord(team.ctx, 'cases', caseId);
    await purgeRecord(team.ctx, 'cases', caseId);
    expect(JSON.stringify(await team.db.table('meta').toArray())).not.toContain('JU-0001');
    expect((await loadBoardSource(team.db, TODAY)).source.cases).toEqual([]);
  });

  it('refuses a change written without the meta table, so the board cannot miss it', async () => {
    const team = await teamWithCases(1);
    const row = await team.db.rows('cases').get(team.caseIds[0] ?? '');
    if (!row) throw new Error('The case was not added.');
    await expect(team.db.rows('cases').put({ ...row, displayName: 'Sneaked in' })).rejects.toThrow(
      /must be written in a transaction that includes the meta table/,
    );
    expect((await team.db.rows('cases').get(row.id))?.displayName).toBe(row.displayName);
  });

  it('counts an action as overdue once its day has passed, though the snapshot was saved before', async () => {
    const team = await teamWithCases(1);
    await createRecord(team.ctx, 'actions', {
      source: 'case',
      caseId: team.caseIds[0] ?? '',
      text: 'Send the plan',
      dueDate: '2026-01-25',
    });
    await saveBoardSnapshot(team.db, await loadBoardSource(team.db, TODAY));
    expect((await loadBoardSource(team.db, TODAY)).source.actions).toHaveLength(1);

    const later = await loadBoardSource(team.db, '2026-01-30');
    expect(later.source.actions.map((row) => row.dueDate).sort()).toEqual(['2026-01-10', '2026-01-25']);
    expect(sorted(later.source)).toEqual(await readEverything(team, '2026-01-30'));
  });

  it('reads every table again when the saved snapshot is of a shape it does not know', async () => {
    const team = await teamWithCases();
    await team.db.table('meta').put({ key: 'board-snapshot', value: { format: 0, id: 'old', source: {} } });
    const loaded = await loadBoardSource(team.db, TODAY);
    expect(loaded.baseId).toBeNull();
    expect(sorted(loaded.source)).toEqual(await readEverything(team, TODAY));
  });

  it('finds an aim added after the search text was saved', async () => {
    const team = await teamWithCases(1);
    await savePart(team.db, await loadPart(team.db, SEARCH_PART, TODAY));
    await createRecord(team.ctx, 'aims', { caseId: team.caseIds[0] ?? '', text: 'Goes to football club' });
    const loaded = await loadPart(team.db, SEARCH_PART, TODAY);
    expect(loaded.source.aims.map((row) => row.text)).toContain('Goes to football club');
    expect(sorted(loaded.source)).toEqual(await readEverything(team, TODAY, SEARCH_PART));
  });

  it('keeps a change to an action until both the cards and the search text have taken it in', async () => {
    const team = await teamWithCases(1);
    await savePart(team.db, await loadPart(team.db, CARDS_PART, TODAY));
    await savePart(team.db, await loadPart(team.db, SEARCH_PART, TODAY));
    const [action] = await team.db.rows('actions').toArray();
    await updateRecord(team.ctx, 'actions', action?.id ?? '', { text: 'Phone the GP' });

    expect(await savePart(team.db, await loadPart(team.db, CARDS_PART, TODAY))).toBe(true);
    expect(await listPartChangeKeys(team.db, 'cards')).toEqual([]);
    expect(await listPartChangeKeys(team.db, 'search')).toHaveLength(1);
    const search = await loadPart(team.db, SEARCH_PART, TODAY);
    expect(search.source.actions.map((row) => row.text)).toContain('Phone the GP');
    await savePart(team.db, search);
    expect(await listPartChangeKeys(team.db, 'search')).toEqual([]);
  });

  it('always agrees with a full read, whatever changes and saves come in whatever order', async () => {
    const step = fc.oneof(
      boardChange,
      fc.record({
        kind: fc.constant('add-aim' as const),
        pick: fc.nat(),
        text: fc.string({ maxLength: 12 }),
      }),
      fc.record({
        kind: fc.constant('reword-action' as const),
        pick: fc.nat(),
        text: fc.string({ maxLength: 12 }),
      }),
      fc.record({
        kind: fc.constant('load' as const),
        save: fc.boolean(),
        part: fc.constantFrom<SnapshotPart>(CARDS_PART, SEARCH_PART),
      }),
      fc.record({ kind: fc.constant('save-older' as const) }),
      fc.record({ kind: fc.constant('next-week' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const team = await teamWithCases(2);
        const pending: LoadedPart<PartSource>[] = [];
        let added = 0;
        let today = TODAY;
        for (const s of steps) {
          const live = (await team.db.rows('cases').toArray()).filter((row) => !row.deleted);
          const target = live.length > 0 && 'pick' in s ? live[s.pick % live.length] : undefined;
          if (isBoardChange(s)) {
            added = await makeBoardChange(team, s, added);
          } else if (s.kind === 'next-week') {
            today = today === TODAY ? '2026-01-27' : '2026-02-03';
          } else if (s.kind === 'add-aim' && target) {
            await createRecord(team.ctx, 'aims', { caseId: target.id, text: `Aim ${s.text}` });
          } else if (s.kind === 'reword-action') {
            const actions = await team.db.rows('actions').toArray();
            const action = actions[s.pick % Math.max(actions.length, 1)];
            if (action) await updateRecord(team.ctx, 'actions', action.id, { text: `Do ${s.text}` });
          } else if (s.kind === 'load') {
            const loaded = await loadPart(team.db, s.part, today);
            expect(sorted(loaded.source)).toEqual(await readEverything(team, today, s.part));
            if (s.save) await saveBoardSnapshot(team.db, loaded);
            else pending.push(loaded);
          } else if (s.kind === 'save-older') {
            const older = pending.shift();
            if (older) await saveBoardSnapshot(team.db, older);
          }
        }
        const parts: SnapshotPart[] = [CARDS_PART, SEARCH_PART];
        for (const part of parts) {
          const last = await loadPart(team.db, part, today);
          expect(sorted(last.source)).toEqual(await readEverything(team, today, part));
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
