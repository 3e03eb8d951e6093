import { describe, expect, it } from 'vitest';
import { stamp } from './testRecords';
import {
  coversVectors,
  hasSeen,
  highestStamp,
  mergeVectors,
  observeRecord,
  observeStamps,
  restrictVectors,
  vectorsOfRecords,
  versionVectorsSchema,
} from './versionVector';

describe('version vectors', () => {
  it('know each device up to the highest stamp seen from it, in each area separately', () => {
    const vv = observeStamps({}, 'cases', [stamp(10, 'pc-a'), stamp(30, 'pc-a'), stamp(20, 'pc-a')]);
    expect(vv).toEqual({ cases: { 'pc-a': stamp(30, 'pc-a') } });
    expect(hasSeen(vv, 'cases', stamp(15, 'pc-a'))).toBe(true);
    expect(hasSeen(vv, 'cases', stamp(30, 'pc-a'))).toBe(true);
    expect(hasSeen(vv, 'cases', stamp(31, 'pc-a'))).toBe(false);
    expect(hasSeen(vv, 'cases', stamp(1, 'pc-b'))).toBe(false);
    expect(hasSeen(vv, 'directory', stamp(15, 'pc-a'))).toBe(false);
  });

  it('merge by taking the later stamp per device, without changing either input', () => {
    const a = { cases: { 'pc-a': stamp(10, 'pc-a'), 'pc-b': stamp(50, 'pc-b') } };
    const b = { cases: { 'pc-a': stamp(20, 'pc-a') }, training: { 'pc-c': stamp(5, 'pc-c') } };
    const merged = mergeVectors(a, b);
    expect(merged).toEqual({
      cases: { 'pc-a': stamp(20, 'pc-a'), 'pc-b': stamp(50, 'pc-b') },
      training: { 'pc-c': stamp(5, 'pc-c') },
    });
    expect(mergeVectors(b, a)).toEqual(merged);
    expect(a.cases['pc-a']).toBe(stamp(10, 'pc-a'));
  });

  it('build from records, and a scoped bundle claims only the areas it carries', () => {
    const records: { stamps: Record<string, string> }[] = [
      { stamps: { title: stamp(5, 'pc-a'), tags: stamp(9, 'pc-b') } },
      { stamps: { title: stamp(7, 'pc-a') } },
    ];
    const vv = mergeVectors(
      vectorsOfRecords('cases', records),
      observeRecord({}, 'directory', { stamps: { name: stamp(99, 'pc-z') } }),
    );
    expect(vv.cases).toEqual({ 'pc-a': stamp(7, 'pc-a'), 'pc-b': stamp(9, 'pc-b') });
    expect(restrictVectors(vv, ['team', 'directory'])).toEqual({ directory: { 'pc-z': stamp(99, 'pc-z') } });
    expect(highestStamp(vv)).toBe(stamp(99, 'pc-z'));
    expect(highestStamp({})).toBeUndefined();
  });

  it('keep a device named like an object prototype key as a plain entry, never as the prototype', () => {
    const vv = observeStamps({}, 'cases', [stamp(10, '__proto__'), stamp(10, 'constructor')]);
    expect(Object.keys(vv.cases ?? {}).sort()).toEqual(['__proto__', 'constructor']);
    expect(hasSeen(vv, 'cases', stamp(1, '__proto__'))).toBe(true);
    expect(hasSeen(vv, 'cases', stamp(11, 'constructor'))).toBe(false);
    expect(Object.getPrototypeOf(vv.cases)).toBe(Object.prototype);
  });

  it('cover another set of vectors only when they have seen every device as far, in every area', () => {
    const mine = { cases: { 'pc-a': stamp(20, 'pc-a'), 'pc-b': stamp(5, 'pc-b') } };
    expect(coversVectors(mine, {})).toBe(true);
    expect(coversVectors(mine, { cases: { 'pc-a': stamp(20, 'pc-a') } })).toBe(true);
    expect(coversVectors(mine, { cases: { 'pc-a': stamp(21, 'pc-a') } })).toBe(false);
    expect(coversVectors(mine, { cases: { 'pc-c': stamp(1, 'pc-c') } })).toBe(false);
    expect(coversVectors(mine, { directory: { 'pc-a': stamp(1, 'pc-a') } })).toBe(false);
  });
});

describe('version vectors read from a file', () => {
  it('name each PC like a stamp does, and list only that PC’s own change under it', () => {
    const ok = { cases: { toString: stamp(5, 'toString'), 'pc-a': stamp(6, 'pc-a') } };
    expect(versionVectorsSchema.safeParse(ok).success).toBe(true);
    expect(versionVectorsSchema.safeParse({ cases: { 'pc-a': stamp(6, 'pc-b') } }).success).toBe(false);
    expect(versionVectorsSchema.safeParse({ cases: { 'pc a!': stamp(6, 'pc a!') } }).success).toBe(false);
  });

  it('keep a PC called by a name every object inherits as just a name', () => {
    const vectors = observeStamps({}, 'cases', [stamp(5, 'toString'), stamp(7, 'valueOf')]);
    expect(hasSeen(vectors, 'cases', stamp(5, 'toString'))).toBe(true);
    expect(hasSeen(vectors, 'cases', stamp(8, 'valueOf'))).toBe(false);
    expect(hasSeen({}, 'cases', stamp(1, 'toString'))).toBe(false);
    expect(highestStamp(vectors)).toBe(stamp(7, 'valueOf'));
  });
});
