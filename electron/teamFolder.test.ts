import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NodeFolder, problemOf } from './teamFolder';

let root: string;
let dir: string;
let folder: NodeFolder;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'joinedup-team-folder-'));
  dir = join(root, 'Team folder');
  mkdirSync(dir);
  folder = new NodeFolder(dir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NAME = 'Front office PC - 7f3a9c2e1b4d5a6f7e8d9c0b - team 3f2a9c1d - 000001 full.joinedup';

describe('a team folder on disk', () => {
  it('writes a file whole under a temporary name and renames it, leaving nothing else behind', async () => {
    expect(await folder.write(NAME, new Uint8Array([1, 2, 3]))).toEqual({ ok: true, value: null });
    expect(readdirSync(dir)).toEqual([NAME]);
    expect([...readFileSync(join(dir, NAME))]).toEqual([1, 2, 3]);
    const read = await folder.read(NAME);
    expect(read.ok && [...read.value]).toEqual([1, 2, 3]);
  });

  it('lists the files directly in it with their size and time, not sub-folders', async () => {
    writeFileSync(join(dir, NAME), Buffer.alloc(5));
    mkdirSync(join(dir, 'old files'));
    const listed = await folder.list();
    expect(listed.ok && listed.value).toEqual([{ name: NAME, size: 5, modifiedAt: expect.any(Number) }]);
  });

  it('removes a file, and a file already gone is no trouble', async () => {
    writeFileSync(join(dir, NAME), Buffer.alloc(1));
    expect(await folder.remove(NAME)).toEqual({ ok: true, value: null });
    expect(await folder.remove(NAME)).toEqual({ ok: true, value: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never reaches outside the folder, whatever name it is given', () => {
    for (const name of [
      '../escape.joinedup',
      '..',
      'sub/inner.joinedup',
      '/etc/passwd',
      `..${'\\'}x.joinedup`,
    ]) {
      expect(() => folder.pathOf(name), name).toThrow('cannot lead out of the team folder');
    }
    expect(folder.pathOf(NAME)).toBe(join(dir, NAME));
  });

  it('tells a file that went from a folder that went', async () => {
    expect(await folder.read('nothing here.joinedup')).toMatchObject({ ok: false, problem: 'missing' });
    rmSync(dir, { recursive: true });
    expect(await folder.list()).toMatchObject({
      ok: false,
      problem: 'gone',
      message: 'The team folder cannot be reached.',
    });
    expect(await folder.write(NAME, new Uint8Array([1]))).toMatchObject({ ok: false, problem: 'gone' });
  });

  it('reads locked, refused and full-disk errors as busy, denied and full', () => {
    expect(problemOf({ code: 'EBUSY' }, false)).toBe('busy');
    expect(problemOf({ code: 'EACCES' }, false)).toBe('denied');
    expect(problemOf({ code: 'ENOSPC' }, false)).toBe('full');
    expect(problemOf({ code: 'EIO' }, false)).toBe('other');
    expect(problemOf({ code: 'EBUSY' }, true)).toBe('gone');
  });

  it('says when something in it changed', async () => {
    const changed = vi.fn();
    const stop = folder.watch(changed);
    writeFileSync(join(dir, NAME), Buffer.alloc(1));
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    stop();
  });
});
