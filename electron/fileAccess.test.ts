import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundleFile, writeFileAtomic } from './fileAccess';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('file access', () => {
  it('reads a bundle with its name and exact bytes', async () => {
    writeFileSync(join(dir, 'team.joinedup'), Buffer.from([1, 2, 3]));
    const file = await readBundleFile(join(dir, 'team.joinedup'));
    expect(file.name).toBe('team.joinedup');
    expect(Array.from(file.bytes)).toEqual([1, 2, 3]);
  });

  it('refuses a file over the size limit in plain words', async () => {
    writeFileSync(join(dir, 'huge.joinedup'), Buffer.alloc(20));
    await expect(readBundleFile(join(dir, 'huge.joinedup'), 10)).rejects.toThrow(
      'The file "huge.joinedup" is too large to be a Joined Up file.',
    );
  });

  it('says plainly when the file is missing or is a folder', async () => {
    await expect(readBundleFile(join(dir, 'gone.joinedup'))).rejects.toThrow('could not be found');
    await expect(readBundleFile(dir)).rejects.toThrow('is a folder');
  });

  it('replaces a saved file whole and leaves no temporary file behind', async () => {
    const target = join(dir, 'export.csv');
    writeFileSync(target, 'old contents');
    await writeFileAtomic(target, 'new contents');
    expect(readFileSync(target, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['export.csv']);
  });

  it('leaves the earlier file untouched when the write cannot happen', async () => {
    await expect(writeFileAtomic(join(dir, 'missing-folder', 'x.csv'), 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
