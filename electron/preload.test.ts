import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels, type AppApi } from '../shared/api/appApi';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ saved: true, name: 'team.joinedup' })),
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

const { plainErrorMessage, UNEXPECTED_ANSWER_MESSAGE } = await import('./preload');
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
    expect(bridge.invoke).toHaveBeenLastCalledWith(invokeChannels.saveBundle.name, 'team.joinedup', bytes);
    bridge.invoke.mockResolvedValueOnce({ deviceId: 'device-test-1', theme: 'dark' });
    await expect(api.settings.set({ theme: 'dark' })).resolves.toMatchObject({ theme: 'dark' });
    expect(bridge.invoke).toHaveBeenLastCalledWith(invokeChannels.settingsSet.name, { theme: 'dark' });
  });

  it('refuses an answer that is not what the channel promises, in plain words', async () => {
    bridge.invoke.mockResolvedValueOnce({ saved: 'perhaps' });
    await expect(api.files.saveText('cases.csv', 'name')).rejects.toThrow(UNEXPECTED_ANSWER_MESSAGE);
    bridge.invoke.mockResolvedValueOnce({ name: 'team.joinedup', bytes: 'not bytes' });
    await expect(api.files.openBundle()).rejects.toThrow(UNEXPECTED_ANSWER_MESSAGE);
    bridge.invoke.mockResolvedValueOnce(null);
    await expect(api.files.openBundle()).resolves.toBeNull();
  });

  it('hands on a kept team key only when the desktop answers with one', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    bridge.invoke.mockResolvedValueOnce(key);
    await expect(api.keys.osUnprotect('c2VhbGVk')).resolves.toBe(key);
    expect(bridge.invoke).toHaveBeenLastCalledWith(invokeChannels.osUnprotect.name, 'c2VhbGVk');
    bridge.invoke.mockResolvedValueOnce(null);
    await expect(api.keys.osUnprotect('c2VhbGVk')).resolves.toBeNull();
    bridge.invoke.mockResolvedValueOnce('<script>');
    await expect(api.keys.osUnprotect('c2VhbGVk')).rejects.toThrow(UNEXPECTED_ANSWER_MESSAGE);
    bridge.invoke.mockResolvedValueOnce('yes');
    await expect(api.keys.osProtectionAvailable()).rejects.toThrow(UNEXPECTED_ANSWER_MESSAGE);
  });

  it('delivers valid lock events, ignores malformed ones, and stops after unsubscribing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = vi.fn();
    const unsubscribe = api.system.onLock(listener);
    push(eventChannels.lock.name, 'os-lock');
    push(eventChannels.lock.name, 'reboot-now');
    unsubscribe();
    push(eventChannels.lock.name, 'sleep');
    expect(listener.mock.calls).toEqual([['os-lock']]);
  });

  it('holds a bundle opened before the interface was listening and hands it to the first listener', () => {
    push(eventChannels.bundleOpened.name, { name: 'early.joinedup', bytes: new Uint8Array([1]) });
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
    push(eventChannels.bundleOpened.name, { name: 'team.joinedup', bytes: new Uint8Array([9]) });
    push(eventChannels.bundleOpened.name, { name: 'team.joinedup', bytes: 'not bytes' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ name: 'team.joinedup' });
  });

  it('delivers menu commands it knows and ignores others', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = vi.fn();
    api.system.onMenuCommand(listener);
    push(eventChannels.menuCommand.name, 'go-board');
    push(eventChannels.menuCommand.name, 'format-disk');
    expect(listener.mock.calls).toEqual([['go-board']]);
  });
});

describe('menu state', () => {
  it('tells the main process what the interface shows', async () => {
    const state = { teamOpen: true, signedIn: false, locked: false };
    bridge.invoke.mockResolvedValueOnce(undefined);
    await api.system.setMenuState(state);
    expect(bridge.invoke).toHaveBeenLastCalledWith(invokeChannels.setMenuState.name, state);
  });
});
