import { describe, expect, it } from 'vitest';
import { gzipJson } from './codec';
import { bundleLock, decryptBundle, encryptBytes, encryptForFolder } from './crypto';
import { deriveFolderKey } from './folderKey';

const TEAM = '6b1f6a52-9a3e-4c55-8f3c-2f0b7d9a1c11';
const OTHER_TEAM = '0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a';
const PASSPHRASE = 'kettle orbit meadow violin';
const FAST = { workFactor: 2 };

describe('the team folder key', () => {
  it('is the same on every PC of the team, and differs for another team or another passphrase', async () => {
    const here = await deriveFolderKey(PASSPHRASE, TEAM, FAST);
    const there = await deriveFolderKey(PASSPHRASE, TEAM, FAST);
    expect(there).toEqual(here);
    expect(here.identity).toMatch(/^AGE-SECRET-KEY-1/);
    expect(here.recipient).toMatch(/^age1/);
    expect((await deriveFolderKey(PASSPHRASE, OTHER_TEAM, FAST)).identity).not.toBe(here.identity);
    expect((await deriveFolderKey('another passphrase', TEAM, FAST)).identity).not.toBe(here.identity);
  });

  it('treats the same letters typed on different keyboards as the same passphrase', async () => {
    const composed = await deriveFolderKey('café', TEAM, FAST);
    const decomposed = await deriveFolderKey('cafe\u0301', TEAM, FAST);
    expect(decomposed.identity).toBe(composed.identity);
  });

  it('opens a file locked to it, and only with it', async () => {
    const key = await deriveFolderKey(PASSPHRASE, TEAM, FAST);
    const other = await deriveFolderKey(PASSPHRASE, OTHER_TEAM, FAST);
    const plain = gzipJson({ hello: 'team' });
    const locked = await encryptForFolder(plain, key.recipient);
    expect(bundleLock(locked)).toBe('folderKey');

    const opened = await decryptBundle(locked, {
      passphrases: [],
      identities: [other.identity, key.identity],
    });
    expect(opened.ok && [...opened.value]).toEqual([...plain]);
    const wrong = await decryptBundle(locked, { passphrases: [PASSPHRASE], identities: [other.identity] });
    expect(!wrong.ok && wrong.error.kind).toBe('wrongPassphrase');
    const byPassphrase = await decryptBundle(locked, PASSPHRASE);
    expect(!byPassphrase.ok && byPassphrase.error.kind).toBe('notABundle');
  });

  it('opens a passphrase-locked file with an older passphrase when the current one does not fit', async () => {
    const plain = gzipJson({ hello: 'team' });
    const locked = await encryptBytes(plain, 'the old passphrase', FAST);
    expect(bundleLock(locked)).toBe('passphrase');
    const opened = await decryptBundle(locked, {
      passphrases: ['the new passphrase', 'the old passphrase'],
      identities: [],
    });
    expect(opened.ok).toBe(true);
    const neither = await decryptBundle(locked, { passphrases: ['one', 'two'], identities: [] });
    expect(!neither.ok && neither.error.kind).toBe('wrongPassphrase');
  });
});
