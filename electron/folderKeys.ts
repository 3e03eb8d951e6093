/**
 * The team passphrases this PC remembers for its team folders, kept in `folder-keys.json` in the app's user-data
 * folder, each team's list locked by the operating system's protected storage (Electron safeStorage: DPAPI on
 * Windows, the Keychain on a Mac, the desktop's secret service on Linux). Never in the plain settings file. Where the
 * system offers no real protection (Linux without a keyring falls back to a fixed key), passphrases are kept in
 * memory for this run only, and the person types the passphrase once after each start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KeyKeeping } from '../shared/api/folderApi';
import { writeFileAtomic } from './fileAccess';

/** The part of Electron's safeStorage this needs, so tests can stand in for it. */
export interface ProtectedStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(locked: Buffer): string;
  getSelectedStorageBackend?(): string;
}

const fileSchema = z.record(z.string(), z.string());
const passphrasesSchema = z.array(z.string()).min(1);

export interface FolderKeys {
  keeping(): KeyKeeping;
  remember(teamId: string, passphrases: readonly string[]): Promise<KeyKeeping>;
  recall(teamId: string): string[] | null;
  forget(teamId: string): Promise<void>;
}

export function openFolderKeys(
  userData: string,
  storage: ProtectedStorage,
  platform = process.platform,
): FolderKeys {
  const path = join(userData, 'folder-keys.json');
  const session = new Map<string, string[]>();

  function keeping(): KeyKeeping {
    if (!storage.isEncryptionAvailable()) return 'session';
    // On Linux without a keyring Electron "encrypts" with a fixed, public key: no better than plain text.
    if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return 'session';
    return 'protected';
  }

  function readFile(): Record<string, string> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  async function writeFile(entries: Record<string, string>): Promise<void> {
    await writeFileAtomic(path, JSON.stringify(entries));
  }

  return {
    keeping,
    async remember(teamId, passphrases) {
      const how = keeping();
      if (how === 'session') {
        session.set(teamId, [...passphrases]);
        return how;
      }
      const locked = storage.encryptString(JSON.stringify(passphrases)).toString('base64');
      await writeFile({ ...readFile(), [teamId]: locked });
      session.delete(teamId);
      return how;
    },
    recall(teamId) {
      const inSession = session.get(teamId);
      if (inSession) return [...inSession];
      const locked = readFile()[teamId];
      if (locked === undefined || keeping() !== 'protected') return null;
      try {
        const parsed = passphrasesSchema.safeParse(
          JSON.parse(storage.decryptString(Buffer.from(locked, 'base64'))),
        );
        return parsed.success ? parsed.data : null;
      } catch {
        // Locked by another Windows user or a previous system: as if nothing were remembered.
        return null;
      }
    },
    async forget(teamId) {
      session.delete(teamId);
      const entries = readFile();
      if (!(teamId in entries)) return;
      await writeFile(Object.fromEntries(Object.entries(entries).filter(([key]) => key !== teamId)));
    },
  };
}
