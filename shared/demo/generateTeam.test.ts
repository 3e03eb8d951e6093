import { describe, expect, it } from 'vitest';
import { TABLES, tableByName } from '../domain/registry';
import { generateTeam } from './generateTeam';
import { pseudonymLetters } from './cases';

const TODAY = '2026-11-22';

describe('the demo team', () => {
  const demo = generateTeam({ seed: 7, today: TODAY });

  it('passes every table schema', () => {
    for (const def of TABLES) {
      for (const row of demo.rows[def.name as keyof typeof demo.rows]) {
        const result = def.schema.safeParse(row);
        expect(result.success, `${def.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });

  it('is the same team every time for the same seed, and a different one for another seed', () => {
    expect(generateTeam({ seed: 7, today: TODAY })).toEqual(demo);
    expect(generateTeam({ seed: 8, today: TODAY }).rows.cases[0]?.id).not.toBe(demo.rows.cases[0]?.id);
  });

  it('reports, per area, the latest stamp of its rows so an importing PC knows what it has seen', () => {
    for (const area of ['team', 'directory', 'cases'] as const) {
      const stamps = TABLES.filter((def) => def.area === area).flatMap((def) =>
        demo.rows[def.name as keyof typeof demo.rows].flatMap((row) => Object.values(row.stamps)),
      );
      expect(demo.versionVectors[area]?.['demo-device']).toBe(stamps.sort().at(-1));
    }
  });

  it('has cases in every stage of the board', () => {
    const used = new Set(demo.rows.cases.map((row) => row.columnId));
    for (const column of demo.rows.boardColumns) expect(used.has(column.id), column.title).toBe(true);
  });

  it('spans at least six kinds of agency and includes seconded and part-time members', () => {
    expect(new Set(demo.rows.agencies.map((row) => row.type)).size).toBeGreaterThanOrEqual(6);
    expect(demo.rows.members.some((row) => row.hostAgencyId !== null && row.secondmentEnd !== null)).toBe(
      true,
    );
    expect(demo.rows.members.some((row) => (row.hoursPerWeek ?? 0) < 30)).toBe(true);
    expect(demo.rows.members.some((row) => !row.coLocated)).toBe(true);
    expect(demo.rows.members.filter((row) => row.teamRole === 'leader')).toHaveLength(1);
  });

  it('has overdue actions, services both obtained and pending, views and a chronology', () => {
    expect(
      demo.rows.actions.some((row) => row.status === 'open' && row.dueDate !== null && row.dueDate < TODAY),
    ).toBe(true);
    const statuses = new Set(demo.rows.services.map((row) => row.status));
    expect(statuses.has('obtained') && statuses.has('recommended')).toBe(true);
    expect(demo.rows.views.length).toBeGreaterThan(0);
    expect(demo.rows.chronology.length).toBeGreaterThan(demo.rows.cases.length);
  });

  it('links every reference to a record that exists', () => {
    const ids = new Map(
      TABLES.map((def) => [
        def.name,
        new Set(demo.rows[def.name as keyof typeof demo.rows].map((row) => row.id)),
      ]),
    );
    for (const def of TABLES) {
      for (const row of demo.rows[def.name as keyof typeof demo.rows] as Record<string, unknown>[]) {
        for (const ref of def.references) {
          const value = row[ref.field];
          if (value === null && ref.optional) continue;
          expect(ids.get(ref.table)?.has(String(value)), `${def.name}.${ref.field}`).toBe(true);
        }
      }
    }
  });

  it('names children only by pseudonyms', () => {
    expect(pseudonymLetters(0)).toBe('A');
    expect(pseudonymLetters(26)).toBe('AA');
    expect(demo.rows.cases.length).toBeGreaterThan(0);
    expect(demo.rows.cases.filter((row) => !/^Child [A-Z]+\.$/.test(row.displayName))).toEqual([]);
  });

  // How fast it is belongs to the benchmarks (they generate this size); here we check what it makes.
  it('makes a benchmark-sized team of 5,000 cases', () => {
    const big = generateTeam({ seed: 1, today: TODAY, size: { cases: 5000, members: 300, agencies: 40 } });
    const total = Object.values(big.rows).reduce((sum, rows) => sum + rows.length, 0);
    expect(big.rows.cases).toHaveLength(5000);
    expect(total).toBeGreaterThan(70_000);
    expect(tableByName('cases').schema.safeParse(big.rows.cases[4999]).success).toBe(true);
  });
});
