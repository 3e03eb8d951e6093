import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFolderKeys, type ProtectedStorage } from './folderKeys';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the operating system's protected storage: reversible, and never the plain text. */
function protectedStorage(backend = 'gnome_libsecret'): ProtectedStorage {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((byte) => byte ^ 0x5a)),
    decryptString: (locked) => Buffer.from([...locked].map((byte) => byte ^ 0x5a)).toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
}

const PASSPHRASE = 'kettle orbit meadow violin';

describe('the passphrase remembered for a team folder', () => {
  it('is kept by the system’s protected storage, never as plain text, and is there after a restart', async () => {
    const keys = openFolderKeys(dir, protectedStorage(), 'linux');
    expect(await keys.remember('team-1', [PASSPHRASE])).toBe('protected');
    expect(readFileSync(join(dir, 'folder-keys.json'), 'utf8')).not.toContain('kettle');
    expect(openFolderKeys(dir, protectedStorage(), 'linux').recall('team-1')).toEqual([PASSPHRASE]);
  });

  it('can be replaced by a new passphrase, keeping the old one to read older files', async () => {
    const keys = openFolderKeys(dir, protectedStorage(), 'win32');
    await keys.remember('team-1', [PASSPHRASE]);
    await keys.remember('team-1', ['a new passphrase', PASSPHRASE]);
    expect(keys.recall('team-1')).toEqual(['a new passphrase', PASSPHRASE]);
  });

  it('is kept for this run only where the system offers no real protection', async () => {
    const keys = openFolderKeys(dir, protectedStorage('basic_text'), 'linux');
    expect(keys.keeping()).toBe('session');
    expect(await keys.remember('team-1', [PASSPHRASE])).toBe('session');
    expect(keys.recall('team-1')).toEqual([PASSPHRASE]);
    expect(openFolderKeys(dir, protectedStorage('basic_text'), 'linux').recall('team-1')).toBeNull();
  });

  it('is forgotten for one team only, and a damaged file is as good as none', async () => {
    const keys = openFolderKeys(dir, protectedStorage(), 'darwin');
    await keys.remember('team-1', [PASSPHRASE]);
    await keys.remember('team-2', ['another']);
    await keys.forget('team-1');
    expect(keys.recall('team-1')).toBeNull();
    expect(keys.recall('team-2')).toEqual(['another']);
    const broken = openFolderKeys(dir, { ...protectedStorage(), decryptString: () => 'not json' }, 'darwin');
    expect(broken.recall('team-2')).toBeNull();
  });
});
