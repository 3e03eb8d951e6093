import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { eventChannels, invokeChannels } from '../shared/api/appApi';
import { defaultSettings, type Settings } from '../shared/api/settings';
import { APP_INDEX_URL } from './appProtocol';
import { openFolderKeys } from './folderKeys';
import { FOREIGN_SENDER_MESSAGE, registerIpcHandlers } from './ipc';
import type { SettingsStore } from './settingsStore';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  showOpenDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, handler),
  },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: vi.fn() },
  app: { getName: () => 'Joined Up', getVersion: () => '0.1.0', getPath: () => '/tmp' },
  powerMonitor: { getSystemIdleTime: () => 0, on: vi.fn() },
}));

const TEAM = '6b1f6a52-9a3e-4c55-8f3c-2f0b7d9a1c11';
const NAME = 'Front office PC - 7f3a9c2e1b4d5a6f7e8d9c0b - team 6b1f6a52 - 000001 full.joinedup';

let root: string;
let folderPath: string;
let saved: Settings;
let window: BrowserWindow & { webContents: { send: ReturnType<typeof vi.fn> } };

function settingsStore(): SettingsStore {
  return {
    path: join(root, 'settings.json'),
    read: () => saved,
    snapshot: () => ({ settings: saved, notice: null }),
    update: (patch) => (saved = { ...saved, ...patch }),
    setWindowBounds: () => undefined,
    setTeamFolder: (teamId, path) => {
      const others = Object.entries(saved.teamFolders).filter(([team]) => team !== teamId);
      saved = {
        ...saved,
        teamFolders: Object.fromEntries(path === null ? others : [...others, [teamId, path]]),
      };
    },
  };
}

function fromOurPage(url = `${APP_INDEX_URL}#/sync`): IpcMainInvokeEvent {
  return { sender: window.webContents, senderFrame: { url, parent: null } } as unknown as IpcMainInvokeEvent;
}

async function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(fromOurPage(), ...args);
}

beforeEach(() => {
  electron.handlers.clear();
  root = mkdtempSync(join(tmpdir(), 'joinedup-folder-ipc-'));
  folderPath = join(root, 'Shared', 'North team');
  mkdirSync(folderPath, { recursive: true });
  saved = defaultSettings('device-test-1');
  const webContents = Object.assign(new EventEmitter(), { id: 7, send: vi.fn() });
  window = { webContents, isDestroyed: () => false } as unknown as typeof window;
  const folderKeys = openFolderKeys(root, {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from(plain, 'utf8').reverse(),
    decryptString: (locked) => Buffer.from(locked).reverse().toString('utf8'),
  });
  registerIpcHandlers({
    getWindow: () => window,
    settings: settingsStore(),
    folderKeys,
    onMenuState: vi.fn(),
  });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the team folder through the app API', () => {
  it('keeps the folder the person chose in the dialog for that team, and names it by its folder name only', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folderPath] });
    await expect(invoke(invokeChannels.folderChoose.name, TEAM)).resolves.toEqual({
      name: 'North team',
      access: 'granted',
    });
    expect(electron.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    await expect(invoke(invokeChannels.folderCurrent.name, TEAM)).resolves.toEqual({
      name: 'North team',
      access: 'granted',
    });
    await expect(invoke(invokeChannels.folderCurrent.name, 'another-team')).resolves.toBeNull();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(invoke(invokeChannels.folderChoose.name, TEAM)).resolves.toBeNull();
    await invoke(invokeChannels.folderForget.name, TEAM);
    await expect(invoke(invokeChannels.folderCurrent.name, TEAM)).resolves.toBeNull();
  });

  it('writes, lists, reads and removes files in the chosen folder', async () => {
    saved = { ...saved, teamFolders: { [TEAM]: folderPath } };
    await expect(
      invoke(invokeChannels.folderWrite.name, TEAM, NAME, new Uint8Array([7, 8])),
    ).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(readdirSync(folderPath)).toEqual([NAME]);
    await expect(invoke(invokeChannels.folderList.name, TEAM)).resolves.toMatchObject({
      ok: true,
      value: [{ name: NAME, size: 2 }],
    });
    const read = (await invoke(invokeChannels.folderRead.name, TEAM, NAME)) as {
      ok: boolean;
      value: Uint8Array;
    };
    expect([...read.value]).toEqual([7, 8]);
    await invoke(invokeChannels.folderRemove.name, TEAM, NAME);
    expect(readdirSync(folderPath)).toEqual([]);
  });

  it('refuses names that lead out of the folder, or are not team files, before touching the disk', async () => {
    saved = { ...saved, teamFolders: { [TEAM]: folderPath } };
    writeFileSync(join(root, 'Shared', 'secret.joinedup'), 'x');
    for (const name of [
      '../secret.joinedup',
      '..\\secret.joinedup',
      'sub/x.joinedup',
      'notes.docx',
      '..',
      '',
    ]) {
      await expect(invoke(invokeChannels.folderRead.name, TEAM, name), name).rejects.toThrow(
        /^That could not be done/,
      );
      await expect(invoke(invokeChannels.folderRemove.name, TEAM, name), name).rejects.toThrow(
        /^That could not be done/,
      );
    }
    await expect(invoke(invokeChannels.folderRead.name, '../team', NAME)).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke(invokeChannels.folderWrite.name, TEAM, NAME, 'not bytes')).rejects.toThrow(
      /^That could not be done/,
    );
    expect(readdirSync(join(root, 'Shared')).sort()).toEqual(['North team', 'secret.joinedup']);
  });

  it('says plainly when no folder was chosen, and refuses a page that is not ours', async () => {
    await expect(invoke(invokeChannels.folderList.name, TEAM)).resolves.toMatchObject({
      ok: false,
      problem: 'gone',
    });
    const handler = electron.handlers.get(invokeChannels.folderList.name);
    const foreign = {
      sender: window.webContents,
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    await expect(Promise.resolve().then(() => handler?.(foreign, TEAM))).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
  });

  it('tells the window which team’s folder changed, once after a burst, until told to stop', async () => {
    saved = { ...saved, teamFolders: { [TEAM]: folderPath } };
    await invoke(invokeChannels.folderWatch.name, TEAM, true);
    writeFileSync(join(folderPath, 'a.joinedup'), 'a');
    writeFileSync(join(folderPath, 'b.joinedup'), 'b');
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.folderChanged.name, TEAM),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    await invoke(invokeChannels.folderWatch.name, TEAM, false);
    writeFileSync(join(folderPath, 'c.joinedup'), 'c');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('remembers the team passphrase through the system’s protected storage and gives it back', async () => {
    await expect(
      invoke(invokeChannels.keysRemember.name, TEAM, ['kettle orbit meadow violin']),
    ).resolves.toBe('protected');
    await expect(invoke(invokeChannels.keysRecall.name, TEAM)).resolves.toEqual([
      'kettle orbit meadow violin',
    ]);
    await expect(invoke(invokeChannels.keysRemember.name, TEAM, [])).rejects.toThrow(
      /^That could not be done/,
    );
    await invoke(invokeChannels.keysForget.name, TEAM);
    await expect(invoke(invokeChannels.keysRecall.name, TEAM)).resolves.toBeNull();
  });
});
