import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRequiredTraining, makeTrainingEntry } from '../../tests/factories/training';
import { migrateTables } from '../bundle/migrations';
import { formatHlc, type Hlc } from '../sync/hlc';
import { mergeRecord } from '../sync/merge';
import { countsByOldWords, matchesRequirement } from '../training/required';
import { TRAINING_TYPES, requiredTrainingSchema, type RequiredTraining, type TrainingType } from './training';

const stamp = (wall: number): Hlc => formatHlc({ wall, counter: 0, device: 'pc-a' });

/** A requirement as an app before data version 5 saved it: words in titles and a type, every field stamped. */
function olderRequirement(matchText: string, matchType: TrainingType | null, at = stamp(1_000)) {
  const row: Record<string, unknown> = { ...makeRequiredTraining(), matchText, matchType };
  Reflect.deleteProperty(row, 'acceptsTitles');
  Reflect.deleteProperty(row, 'acceptsTypes');
  const stamps: Record<string, Hlc> = {};
  for (const key of Object.keys(row)) if (key !== 'id' && key !== 'stamps') stamps[key] = at;
  return { ...row, stamps };
}

/** Brought in from a version 4 file, as plain JSON, and checked as this version checks it. */
function fromOlderFile(...rows: Record<string, unknown>[]): RequiredTraining[] {
  const tables = migrateTables({ requiredTraining: JSON.parse(JSON.stringify(rows)) as unknown[] }, 4, 5);
  return (tables['requiredTraining'] ?? []).map((row) => requiredTrainingSchema.parse(row));
}

/** What counted before choices: the title contains the words (ignoring case) and, when set, the type matches. */
function countedBefore(matchText: string, matchType: TrainingType | null, title: string, type: TrainingType) {
  if (matchType !== null && type !== matchType) return false;
  const text = matchText.trim().toLocaleLowerCase('en-GB');
  return text === '' || title.toLocaleLowerCase('en-GB').includes(text);
}

describe('a required training from before training was chosen from a list', () => {
  it('still counts by its words, exactly the training it counted before, and says so', () => {
    const [safe] = fromOlderFile(olderRequirement('safe', 'joint'));
    if (!safe) throw new Error('The requirement did not come in.');
    expect(countsByOldWords(safe)).toBe(true);
    const counts = (title: string, type: TrainingType) =>
      matchesRequirement(safe, makeTrainingEntry({ title, type }));
    expect(counts('Working together to keep children safe', 'joint')).toBe(true);
    expect(counts('Contextual safeguarding', 'joint')).toBe(true);
    expect(counts('Working together to keep children safe', 'single-agency')).toBe(false);
  });

  it('never counts training it did not count before, whatever its words and type', () => {
    const words = fc.string({ maxLength: 4, unit: fc.constantFrom('s', 'a', 'f', 'e', ' ', 'S') });
    const types = fc.constantFrom(...TRAINING_TYPES);
    fc.assert(
      fc.property(words, fc.option(types), words, types, (matchText, matchType, title, type) => {
        fc.pre(matchText.trim() !== '' || matchType !== null);
        const [requirement] = fromOlderFile(olderRequirement(matchText, matchType));
        if (!requirement) throw new Error('The requirement did not come in.');
        const now = matchesRequirement(requirement, makeTrainingEntry({ title, type }));
        expect(now).toBe(countedBefore(matchText, matchType, title, type));
      }),
    );
  });

  it('accepts its type when it counted a type alone, stamped as its type was, the same each time', () => {
    const older = olderRequirement('', 'shadowing', stamp(2_000));
    const [requirement] = fromOlderFile(older);
    expect(requirement).toMatchObject({ acceptsTypes: ['shadowing'], acceptsTitles: [] });
    expect(requirement?.stamps['acceptsTypes']).toBe(stamp(2_000));
    expect(countsByOldWords(requirement ?? makeRequiredTraining())).toBe(false);
    expect(fromOlderFile(older)).toEqual(fromOlderFile(older));
  });

  it('follows a later change made by an older app over what an earlier version was turned into', () => {
    const byType = olderRequirement('', 'joint', stamp(1_000));
    const laterWords = {
      ...byType,
      matchText: 'safe',
      stamps: { ...byType.stamps, matchText: stamp(5_000) },
    };
    const [local] = fromOlderFile(byType);
    const [incoming] = fromOlderFile(laterWords);
    if (!local || !incoming) throw new Error('The requirements did not come in.');
    const { record } = mergeRecord(local, incoming, {
      table: 'requiredTraining',
      area: 'training',
      localVectors: {},
      incomingVectors: {},
    });
    const merged = requiredTrainingSchema.parse(record);
    expect(merged).toMatchObject({ acceptsTypes: [], matchText: 'safe', matchType: 'joint' });
    expect(matchesRequirement(merged, makeTrainingEntry({ title: 'Team away day', type: 'joint' }))).toBe(
      false,
    );
  });

  it('leaves a requirement that already names its training as it is', () => {
    const chosen = makeRequiredTraining({ acceptsTitles: ['Level 3 safeguarding'] });
    expect(fromOlderFile(chosen)).toEqual([chosen]);
  });
});
