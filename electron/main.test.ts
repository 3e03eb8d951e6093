import { describe, expect, it, vi } from 'vitest';

// The order of calls into Electron, and a way to say when the app becomes ready.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  let becomeReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
  return {
    calls,
    ready,
    becomeReady: () => {
      calls.push('ready');
      becomeReady();
    },
    registerSchemesAsPrivileged: vi.fn(() => void calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => void calls.push('protocol.handle')),
  };
});

const shell = vi.hoisted(() => ({
  createMainWindow: vi.fn((_paths: { preload: string; indexUrl: string }) => ({
    webContents: { on: vi.fn() },
    on: vi.fn(),
  })),
  registerIpcHandlers: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    on: vi.fn(),
    whenReady: () => electron.ready,
    getName: () => 'Joined Up',
    getPath: () => '/home/sam/.config/Joined Up',
    isPackaged: true,
    quit: vi.fn(),
  },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged },
  session: {
    defaultSession: {
      protocol: { handle: electron.handle },
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  },
  shell: { openExternal: vi.fn() },
  safeStorage: { isEncryptionAvailable: () => false },
}));
vi.mock('./settingsStore', () => ({ openSettingsStore: () => ({ read: () => ({}) }) }));
vi.mock('./window', () => ({ createMainWindow: shell.createMainWindow }));
vi.mock('./ipc', () => ({
  registerIpcHandlers: shell.registerIpcHandlers,
  forwardSystemEvents: vi.fn(),
  sendMenuCommand: vi.fn(),
  sendToWindow: vi.fn(),
}));

describe('starting the desktop app', () => {
  it('declares app:// privileged before the app is ready, then serves it and opens the window there', async () => {
    await import('./main');
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.handle).not.toHaveBeenCalled();
    expect(shell.createMainWindow).not.toHaveBeenCalled();

    electron.becomeReady();
    await vi.waitFor(() => expect(shell.createMainWindow).toHaveBeenCalled());
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged', 'ready', 'protocol.handle']);
    expect(electron.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(shell.createMainWindow.mock.calls[0]?.[0].indexUrl).toBe('app://joinedup/index.html');
    // Requests are answered only for the window just opened: the sender check compares against it.
    const window = shell.createMainWindow.mock.results[0]?.value;
    expect(shell.registerIpcHandlers).toHaveBeenCalledTimes(1);
    expect(shell.registerIpcHandlers.mock.calls[0]?.[0].getWindow()).toBe(window);
  });
});
