import { describe, expect, it } from 'vitest';
import { makeCase, makeMember } from '../../../tests/factories/records';
import { makeSession } from '../../../tests/factories/reflection';
import { commandItems, MAX_RESULTS, rankItems, recordItems, type PaletteRows } from './paletteItems';

const noProcedures: PaletteRows['procedures'] = [];
const plainDate = (iso: string) => iso;

function itemsFor(rows: Partial<PaletteRows>) {
  return [
    ...commandItems(),
    ...recordItems({ cases: [], members: [], sessions: [], procedures: noProcedures, ...rows }, plainDate),
  ];
}

describe('finding things in the command palette', () => {
  it('puts the case whose reference was typed first, ahead of others that merely contain it', () => {
    const items = itemsFor({
      cases: [
        makeCase({ reference: 'JU-00421', displayName: 'Child B.' }),
        makeCase({ reference: 'JU-0042', displayName: 'Child A.' }),
      ],
    });
    const [first, second] = rankItems(items, 'ju-0042');
    expect(first?.label).toBe('JU-0042 Child A.');
    expect(second?.label).toBe('JU-00421 Child B.');
  });

  it('finds a case by its display name and a person by part of their name', () => {
    const items = itemsFor({
      cases: [makeCase({ reference: 'JU-0007', displayName: 'Child C.' })],
      members: [makeMember({ name: 'Priya Shah', roleTitle: 'School nurse' })],
    });
    expect(rankItems(items, 'child c')[0]?.target).toEqual({
      route: ['board', 'case', expect.any(String)],
    });
    const person = rankItems(items, 'shah')[0];
    expect(person?.label).toBe('Priya Shah');
    expect(person?.detail).toBe('Person, School nurse');
  });

  it('never offers a deleted case, person or session', () => {
    const items = itemsFor({
      cases: [makeCase({ reference: 'JU-0099', deleted: true })],
      members: [makeMember({ name: 'Gone Person', deleted: true })],
      sessions: [makeSession({ title: 'Removed session', deleted: true })],
    });
    expect(rankItems(items, 'JU-0099')).toEqual([]);
    expect(rankItems(items, 'gone person')).toEqual([]);
    expect(rankItems(items, 'removed session')).toEqual([]);
  });

  it('shows only commands and pages before anything is typed, with their keys', () => {
    const items = itemsFor({ cases: [makeCase({ reference: 'JU-0001' })] });
    const shown = rankItems(items, '  ');
    expect(shown.every((item) => item.kind === 'command' || item.kind === 'section')).toBe(true);
    expect(shown.find((item) => item.label === 'Lock')?.keys).toBe('CmdOrCtrl+L');
    expect(shown.find((item) => item.label === 'Board')?.keys).toBe('CmdOrCtrl+1');
  });

  it('finds a command by a word inside it, and a session by its title', () => {
    const items = itemsFor({ sessions: [makeSession({ title: 'Neglect case review', date: '2026-03-03' })] });
    expect(rankItems(items, 'log')[0]?.target).toEqual({ command: 'log-training' });
    expect(rankItems(items, 'training')[0]?.target).toEqual({ command: 'go-training' });
    const session = rankItems(items, 'neglect')[0];
    expect(session?.detail).toBe('Reflective session, 2026-03-03');
    expect(session?.target).toEqual({ route: ['reflection', 'session', expect.any(String)] });
  });

  it('ranks 5,000 cases quickly and shows at most a screenful', () => {
    const cases = Array.from({ length: 5000 }, (_, index) =>
      makeCase({ reference: `JU-${String(index).padStart(4, '0')}`, displayName: `Child ${index}` }),
    );
    const items = itemsFor({ cases });
    const started = performance.now();
    const found = rankItems(items, 'ju-4');
    const took = performance.now() - started;
    expect(found).toHaveLength(MAX_RESULTS);
    expect(rankItems(items, 'JU-4321')[0]?.label).toBe('JU-4321 Child 4321');
    expect(took).toBeLessThan(100);
  });
});
