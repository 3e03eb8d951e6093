import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { eventChannels, invokeChannels, type InvokeChannel, type MenuState } from '../shared/api/appApi';
import { defaultSettings, type Settings } from '../shared/api/settings';
import { APP_INDEX_URL } from './appProtocol';
import { openFolderKeys } from './folderKeys';
import { FOREIGN_SENDER_MESSAGE, forwardSystemEvents, registerIpcHandlers } from './ipc';
import type { SettingsStore } from './settingsStore';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  powerEvents: new Map<string, () => void>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler as never),
  },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  app: { getName: () => 'Joined Up', getVersion: () => '0.1.0', getPath: () => '/home/sam/Documents' },
  powerMonitor: {
    getSystemIdleTime: () => 42,
    on: (name: string, listener: () => void) => electron.powerEvents.set(name, listener),
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  },
}));

function makeWindow() {
  const webContents = Object.assign(new EventEmitter(), {
    id: 7,
    send: vi.fn(),
    printToPDF: vi.fn(async (_options: object) => new Uint8Array([37, 80, 68, 70])),
  });
  return { webContents, isDestroyed: () => false } as unknown as BrowserWindow & {
    webContents: { send: ReturnType<typeof vi.fn>; printToPDF: typeof webContents.printToPDF };
  };
}

function makeSettings(): SettingsStore & { saved: Settings } {
  const state = { saved: defaultSettings('device-test-1') };
  return {
    get saved() {
      return state.saved;
    },
    path: '/tmp/settings.json',
    read: () => state.saved,
    snapshot: () => ({ settings: state.saved, notice: null }),
    update: (patch) => (state.saved = { ...state.saved, ...patch }),
    setWindowBounds: () => undefined,
    setTeamFolder: () => undefined,
  };
}

let window: ReturnType<typeof makeWindow>;
let onMenuState: ReturnType<typeof vi.fn<(state: MenuState) => void>>;
let settings: ReturnType<typeof makeSettings>;
let dir: string;

function eventFrom(options: { url?: string; sender?: unknown; parent?: unknown; frame?: null } = {}) {
  const frame =
    options.frame === null
      ? null
      : { url: options.url ?? `${APP_INDEX_URL}#/board`, parent: options.parent ?? null };
  return {
    sender: options.sender ?? window.webContents,
    senderFrame: frame,
  } as unknown as IpcMainInvokeEvent;
}

async function invokeNamed(name: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get(name);
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(event, ...args);
}

async function invoke(
  channel: InvokeChannel,
  event: IpcMainInvokeEvent,
  ...args: unknown[]
): Promise<unknown> {
  return invokeNamed(invokeChannels[channel].name, event, ...args);
}

beforeEach(() => {
  electron.handlers.clear();
  window = makeWindow();
  settings = makeSettings();
  dir = mkdtempSync(join(tmpdir(), 'joinedup-ipc-'));
  onMenuState = vi.fn<(state: MenuState) => void>();
  const folderKeys = openFolderKeys(dir, {
    isEncryptionAvailable: () => false,
    encryptString: () => Buffer.alloc(0),
    decryptString: () => '',
  });
  registerIpcHandlers({ getWindow: () => window, settings, folderKeys, onMenuState });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  electron.showSaveDialog.mockReset();
  electron.showOpenDialog.mockReset();
});

describe('requests from the interface', () => {
  it('answers every channel the app API promises, and no other', () => {
    const names = Object.values(invokeChannels).map((channel) => channel.name);
    expect([...electron.handlers.keys()].sort()).toEqual(names.sort());
  });

  it('answers each channel in the form the channel map promises', async () => {
    electron.showSaveDialog.mockImplementation(
      async (_window: unknown, options: { defaultPath: string }) => ({
        canceled: false,
        filePath: join(dir, options.defaultPath.split('/').at(-1) ?? 'file'),
      }),
    );
    const bundle = join(dir, 'team.joinedup');
    writeFileSync(bundle, new Uint8Array([1, 2, 3]));
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [bundle] });
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const DATA_KEY = Buffer.alloc(32, 7).toString('base64');
    // The channels that take arguments, with valid ones; the rest take none.
    const valid = new Map<string, unknown[]>([
      [invokeChannels.settingsSet.name, [{ theme: 'dark' }]],
      [invokeChannels.saveBundle.name, ['team.joinedup', new Uint8Array([1])]],
      [invokeChannels.saveText.name, ['cases.csv', 'name']],
      [invokeChannels.printToPdf.name, ['board']],
      [invokeChannels.setMenuState.name, [{ teamOpen: true, signedIn: true, locked: false }]],
      [invokeChannels.folderChoose.name, ['team-1']],
      [invokeChannels.folderCurrent.name, ['team-1']],
      [invokeChannels.folderAllow.name, ['team-1']],
      [invokeChannels.folderList.name, ['team-1']],
      [invokeChannels.folderWrite.name, ['team-1', 'a.joinedup', new Uint8Array([1])]],
      [invokeChannels.folderRead.name, ['team-1', 'a.joinedup']],
      [invokeChannels.folderRemove.name, ['team-1', 'a.joinedup']],
      [invokeChannels.folderWatch.name, ['team-1', false]],
      [invokeChannels.folderForget.name, ['team-1']],
      [invokeChannels.keysRemember.name, ['team-1', ['a passphrase']]],
      [invokeChannels.keysRecall.name, ['team-1']],
      [invokeChannels.keysForget.name, ['team-1']],
      [invokeChannels.osProtect.name, [DATA_KEY]],
      // What the mocked system seals the key into.
      [invokeChannels.osUnprotect.name, [Buffer.from(`sealed:${DATA_KEY}`).toString('base64')]],
    ]);
    for (const channel of Object.values(invokeChannels)) {
      const answer = await invokeNamed(channel.name, eventFrom(), ...(valid.get(channel.name) ?? []));
      expect(channel.result.safeParse(answer).error, channel.name).toBeUndefined();
    }
  });

  it('answers our own page with the app and device details', async () => {
    await expect(invoke('info', eventFrom())).resolves.toMatchObject({
      name: 'Joined Up',
      shell: 'desktop',
      deviceId: 'device-test-1',
    });
    await expect(invoke('idleSeconds', eventFrom())).resolves.toBe(42);
  });

  it('answers our app:// page whatever route or query it shows', async () => {
    for (const url of ['app://joinedup/index.html#/board', 'app://joinedup/index.html?from=menu#/cases/1']) {
      await expect(invoke('idleSeconds', eventFrom({ url }))).resolves.toBe(42);
    }
  });

  it('refuses a page loaded from anywhere else, a sub-frame, another window or an unknown frame', async () => {
    const foreign = [
      eventFrom({ url: 'https://evil.example/index.html' }),
      // Our own page opened as a file, as the app did before app:// was used: no longer trusted.
      eventFrom({ url: 'file:///opt/joined-up/resources/app.asar/dist/renderer/index.html#/board' }),
      eventFrom({ url: 'file:///home/sam/Downloads/index.html' }),
      eventFrom({ url: 'app://other/index.html' }),
      eventFrom({ url: 'app://joinedup:8080/index.html' }),
      eventFrom({ url: 'app://joinedup/assets/index.html' }),
      eventFrom({ url: 'app://joinedup/' }),
      eventFrom({ parent: {} }),
      eventFrom({ sender: { id: 8 } }),
      eventFrom({ frame: null }),
    ];
    for (const event of foreign) {
      await expect(invoke('settingsGet', event)).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    }
  });

  it('keeps a team’s key with the operating system only for our own page, and only a key-shaped one', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const sealed = await invoke('osProtect', eventFrom(), key);
    expect(sealed).not.toContain(key);
    await expect(invoke('osUnprotect', eventFrom(), sealed)).resolves.toBe(key);
    await expect(invoke('osUnprotect', eventFrom({ url: 'https://evil.example/' }), sealed)).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
    await expect(invoke('osProtect', eventFrom(), 'not a key at all!')).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke('osProtect', eventFrom(), Buffer.alloc(33).toString('base64'))).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke('osUnprotect', eventFrom(), 'A'.repeat(5000))).rejects.toThrow(
      /^That could not be done/,
    );
  });

  it('saves an allowed settings change and refuses one it does not allow, in plain words', async () => {
    await expect(invoke('settingsSet', eventFrom(), { theme: 'dark' })).resolves.toMatchObject({
      theme: 'dark',
    });
    await expect(invoke('settingsSet', eventFrom(), { deviceId: 'stolen-id-1' })).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke('settingsSet', eventFrom(), { idleLockMinutes: 600 })).rejects.toThrow(
      /^That could not be done/,
    );
    expect(settings.saved.deviceId).toBe('device-test-1');
    expect(settings.saved.idleLockMinutes).toBe(5);
  });

  it('refuses a file name with folders in it before showing any dialog', async () => {
    await expect(invoke('saveText', eventFrom(), '../../secret.csv', 'a,b')).rejects.toThrow(
      'That could not be done: A file name cannot contain folders or special characters.',
    );
    await expect(invoke('saveBundle', eventFrom(), 'team.joinedup', 'not bytes')).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke('info', eventFrom(), 'unexpected')).rejects.toThrow(/^That could not be done/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes exported text where the person chose and reports the name', async () => {
    const target = join(dir, 'cases.csv');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(invoke('saveText', eventFrom(), 'cases.csv', 'name\nAsha')).resolves.toEqual({
      saved: true,
      name: 'cases.csv',
    });
    expect(readFileSync(target, 'utf8')).toBe('name\nAsha');
  });

  it('reports a cancelled save and a failed save differently', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(invoke('saveBundle', eventFrom(), 'team.joinedup', new Uint8Array([1]))).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
    electron.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'nope', 'team.joinedup'),
    });
    await expect(
      invoke('saveBundle', eventFrom(), 'team.joinedup', new Uint8Array([1])),
    ).resolves.toMatchObject({
      saved: false,
      reason: 'failed',
      message: expect.stringContaining('could not be saved'),
    });
  });

  it('prints the page to an A4 PDF with backgrounds and margins, without the address in a header, and saves it', async () => {
    const target = join(dir, 'board.pdf');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(invoke('printToPdf', eventFrom(), 'board')).resolves.toEqual({
      saved: true,
      name: 'board.pdf',
    });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: false,
        margins: expect.objectContaining({ top: expect.any(Number), left: expect.any(Number) }),
      }),
    );
    const options = window.webContents.printToPDF.mock.calls[0]?.[0];
    expect(options).not.toHaveProperty('headerTemplate');
    expect(options).not.toHaveProperty('footerTemplate');
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
  });

  it('says plainly when the page could not be turned into a PDF, without asking where to save', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('renderer crashed'));
    const dialogsBefore = electron.showSaveDialog.mock.calls.length;
    await expect(invoke('printToPdf', eventFrom(), 'board.pdf')).resolves.toEqual({
      saved: false,
      reason: 'failed',
      message: 'This page could not be turned into a PDF. Please try again.',
    });
    expect(electron.showSaveDialog.mock.calls.length).toBe(dialogsBefore);
  });

  it('passes what the interface shows to the menu, and refuses a malformed or foreign menu state', async () => {
    const state = { teamOpen: true, signedIn: true, locked: false };
    await expect(invoke('setMenuState', eventFrom(), state)).resolves.toBeUndefined();
    expect(onMenuState).toHaveBeenCalledWith(state);
    await expect(invoke('setMenuState', eventFrom(), { teamOpen: 'yes' })).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(invoke('setMenuState', eventFrom(), { ...state, admin: true })).rejects.toThrow(
      /^That could not be done/,
    );
    await expect(
      invoke('setMenuState', eventFrom({ url: 'https://evil.example/index.html' }), state),
    ).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    expect(onMenuState).toHaveBeenCalledTimes(1);
  });

  it('returns nothing when the person cancels opening a bundle', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(invoke('openBundle', eventFrom())).resolves.toBeNull();
  });
});

describe('lock events', () => {
  it('asks the interface to lock when the PC is locked or goes to sleep', () => {
    forwardSystemEvents(() => window);
    electron.powerEvents.get('lock-screen')?.();
    electron.powerEvents.get('suspend')?.();
    expect(window.webContents.send).toHaveBeenNthCalledWith(1, eventChannels.lock.name, 'os-lock');
    expect(window.webContents.send).toHaveBeenNthCalledWith(2, eventChannels.lock.name, 'sleep');
  });
});
