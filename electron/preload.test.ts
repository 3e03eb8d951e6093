import { describe, expect, it, vi } from 'vitest';
import { IPC, type AppApi } from '../shared/api/appApi';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      bridge.listeners.get(channel)?.delete(listener),
  },
}));

const { plainErrorMessage } = await import('./preload');
const { ipcRenderer } = await import('electron');
const api = bridge.exposed.get('joinedUp') as AppApi;

function everyValue(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((child) => [child, ...everyValue(child, seen)]);
}

function push(channel: string, payload: unknown): void {
  for (const listener of bridge.listeners.get(channel) ?? []) listener({}, payload);
}

describe('preload bridge', () => {
  it('exposes only the app API under one name, and never the raw messaging object', () => {
    expect([...bridge.exposed.keys()]).toEqual(['joinedUp']);
    expect(Object.keys(api).sort()).toEqual([
      'files',
      'folder',
      'info',
      'keys',
      'print',
      'settings',
      'system',
    ]);
    const values = everyValue(api);
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(bridge.invoke);
  });

  it('passes on the main process message without Electron’s technical prefix', async () => {
    bridge.invoke.mockRejectedValueOnce(
      new Error(
        'Error invoking remote method \'files:open-bundle\': Error: The file "x.joinedup" could not be read.',
      ),
    );
    await expect(api.files.openBundle()).rejects.toThrow(/^The file "x.joinedup" could not be read.$/);
    expect(plainErrorMessage('plain words')).toBe('plain words');
  });

  it('passes calls to the matching channel with their arguments', async () => {
    const bytes = new Uint8Array([1, 2]);
    await api.files.saveBundle('team.joinedup', bytes);
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC.saveBundle, 'team.joinedup', bytes);
    await api.settings.set({ theme: 'dark' });
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC.settingsSet, { theme: 'dark' });
  });

  it('delivers valid lock events, ignores malformed ones, and stops after unsubscribing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = vi.fn();
    const unsubscribe = api.system.onLock(listener);
    push(IPC.lock, 'os-lock');
    push(IPC.lock, 'reboot-now');
    unsubscribe();
    push(IPC.lock, 'sleep');
    expect(listener.mock.calls).toEqual([['os-lock']]);
  });

  it('holds a bundle opened before the interface was listening and hands it to the first listener', () => {
    push(IPC.bundleOpened, { name: 'early.joinedup', bytes: new Uint8Array([1]) });
    const first = vi.fn();
    const unsubscribe = api.system.onBundleOpened(first);
    expect(first.mock.calls[0]?.[0]).toMatchObject({ name: 'early.joinedup' });
    unsubscribe();
    const second = vi.fn();
    api.system.onBundleOpened(second);
    expect(second).not.toHaveBeenCalled();
  });

  it('delivers a bundle opened from outside only when it has a name and bytes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = vi.fn();
    api.system.onBundleOpened(listener);
    push(IPC.bundleOpened, { name: 'team.joinedup', bytes: new Uint8Array([9]) });
    push(IPC.bundleOpened, { name: 'team.joinedup', bytes: 'not bytes' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ name: 'team.joinedup' });
  });

  it('delivers menu commands it knows and ignores others', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = vi.fn();
    api.system.onMenuCommand(listener);
    push(IPC.menuCommand, 'go-board');
    push(IPC.menuCommand, 'format-disk');
    expect(listener.mock.calls).toEqual([['go-board']]);
  });
});

describe('menu state', () => {
  it('tells the main process what the interface shows', async () => {
    const state = { teamOpen: true, signedIn: false, locked: false };
    await api.system.setMenuState(state);
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC.setMenuState, state);
  });
});
