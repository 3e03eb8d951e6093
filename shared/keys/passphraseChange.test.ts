import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import { newKey } from './sealed';
import {
  adoptedMessage,
  madeAfterChange,
  olderAfterChange,
  openOlderPassphrases,
  sealOlderPassphrases,
} from './passphraseChange';

const TEAM = 'a3c1b2d4-0000-4000-8000-000000000001';
const CHANGE = { generation: 1, changedAt: '2026-12-03T10:00:00.000Z' };
const stampAt = (iso: string) => formatHlc({ wall: Date.parse(iso), counter: 0, device: 'pc-b' });

describe('a file after a change of passphrase', () => {
  it('counts as made after the change when its own time is later', () => {
    expect(madeAfterChange({ createdAt: '2026-12-03T10:00:01.000Z', stamps: [] }, CHANGE)).toBe(true);
  });

  it('counts as made after the change when any change it carries is later, whatever its own time says', () => {
    const file = { createdAt: '2026-12-01T09:00:00.000Z', stamps: [stampAt('2026-12-04T08:00:00.000Z')] };
    expect(madeAfterChange(file, CHANGE)).toBe(true);
  });

  it('counts as made before when its time and every change in it are earlier', () => {
    const file = { createdAt: '2026-12-03T09:59:00.000Z', stamps: [stampAt('2026-12-02T08:00:00.000Z')] };
    expect(madeAfterChange(file, CHANGE)).toBe(false);
  });

  it('is never refused for a team that has not changed its passphrase', () => {
    const file = { createdAt: '2030-01-01T00:00:00.000Z', stamps: [] };
    expect(madeAfterChange(file, { generation: 0, changedAt: null })).toBe(false);
  });
});

describe('the passphrases kept after a change', () => {
  it('keeps the one replaced first and at most two, never the new one', () => {
    expect(olderAfterChange('second', ['first'], 'third')).toEqual(['second', 'first']);
    expect(olderAfterChange('third', ['second', 'first'], 'fourth')).toEqual(['third', 'second']);
    expect(olderAfterChange('back again', ['first'], 'first')).toEqual(['back again']);
  });

  it('opens only with the team’s data key', () => {
    const key = newKey();
    const sealed = sealOlderPassphrases(key, TEAM, ['kettle orbit meadow violin']);
    expect(sealed).not.toContain('kettle');
    expect(openOlderPassphrases(key, TEAM, sealed)).toEqual(['kettle orbit meadow violin']);
    expect(openOlderPassphrases(newKey(), TEAM, sealed)).toEqual([]);
    expect(openOlderPassphrases(key, 'another team', sealed)).toEqual([]);
  });
});

describe('what a PC that adopts the new passphrase says', () => {
  it('names who changed it and when', () => {
    expect(adoptedMessage('Ana Silva', '2026-12-03T10:00:00.000Z')).toBe(
      'The team passphrase was changed by Ana Silva on 3 December 2026. This PC now uses the new one: type it when Joined Up starts, and lock files with it.',
    );
  });
});
