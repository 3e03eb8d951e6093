import { describe, expect, it } from 'vitest';
import { TABLES } from '../../shared/domain/registry';
import { MIGRATIONS } from './migrations';

describe('database versions', () => {
  it('are numbered in increasing order', () => {
    const numbers = MIGRATIONS.map((step) => step.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('together declare every registry table with its indexes, so a new table cannot be forgotten', () => {
    const stores: Record<string, string | null> = {};
    for (const step of MIGRATIONS) Object.assign(stores, step.stores);
    for (const def of TABLES) expect(stores[def.name], def.name).toBe(['id', ...def.indexes].join(', '));
    for (const local of ['audit', 'decisions', 'receipts', 'meta']) expect(stores[local]).toBeTruthy();
  });
});
