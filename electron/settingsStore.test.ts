import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettingsStore, SETTINGS_RESET_NOTICE } from './settingsStore';

// electron-store only asks Electron for a default folder; with an explicit cwd it needs nothing from it.
vi.mock('electron', () => ({ default: {} }));

const fixedNow = () => new Date('2026-11-22T07:30:00.000Z');
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function backups(): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('settings.broken-'));
}

describe('settings store', () => {
  it('creates the usual settings with a new device id on first start and keeps that id afterwards', () => {
    const first = openSettingsStore({ cwd: dir }).snapshot();
    expect(first.notice).toBeNull();
    expect(first.settings.theme).toBe('system');
    expect(first.settings.deviceId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    const again = openSettingsStore({ cwd: dir }).snapshot();
    expect(again.settings.deviceId).toBe(first.settings.deviceId);
    expect(backups()).toEqual([]);
  });

  it('keeps each team’s folder as chosen in the folder dialog, which the interface itself cannot change', () => {
    const store = openSettingsStore({ cwd: dir });
    store.setTeamFolder('team-1', '/srv/shared/North team');
    store.setTeamFolder('team-2', '/media/usb/South');
    store.setTeamFolder('team-2', null);
    expect(openSettingsStore({ cwd: dir }).read().teamFolders).toEqual({
      'team-1': '/srv/shared/North team',
    });
    expect(() => store.update({ teamFolders: { 'team-1': '/etc' } } as never)).toThrow('could not be saved');
  });

  it('saves a change the person makes so it is there after a restart', () => {
    openSettingsStore({ cwd: dir }).update({ theme: 'dark', idleLockMinutes: 10 });
    const reopened = openSettingsStore({ cwd: dir }).snapshot().settings;
    expect(reopened.theme).toBe('dark');
    expect(reopened.idleLockMinutes).toBe(10);
  });

  it('refuses a change outside the allowed range with a plain message and keeps the old value', () => {
    const store = openSettingsStore({ cwd: dir });
    expect(() => store.update({ idleLockMinutes: 0 })).toThrow(/could not be saved/);
    expect(store.snapshot().settings.idleLockMinutes).toBe(5);
  });

  it('refuses an attempt to change the device id through a settings change', () => {
    const store = openSettingsStore({ cwd: dir });
    const before = store.snapshot().settings.deviceId;
    expect(() => store.update({ deviceId: 'abcdefgh1234' } as never)).toThrow(/could not be saved/);
    expect(store.snapshot().settings.deviceId).toBe(before);
  });

  it('sets aside a file that is not JSON, keeps a copy, resets, and says so exactly once', () => {
    writeFileSync(file, '{"deviceId": "keepme12345", "theme": "dark",,,');
    const store = openSettingsStore({ cwd: dir, now: fixedNow });
    const first = store.snapshot();
    expect(first.notice).toBe(SETTINGS_RESET_NOTICE);
    expect(first.settings.theme).toBe('system');
    expect(first.settings.deviceId).toBe('keepme12345');
    expect(store.snapshot().notice).toBeNull();
    expect(backups()).toEqual(['settings.broken-2026-11-22T07-30-00-000Z.json']);
    expect(readFileSync(join(dir, backups()[0] ?? ''), 'utf8')).toContain(',,,');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      deviceId: 'keepme12345',
      theme: 'system',
    });
  });

  it('resets values that fail the rules but keeps a still-valid device id', () => {
    writeFileSync(
      file,
      JSON.stringify({ deviceId: 'device-abc-123', theme: 'purple', idleLockMinutes: 999 }),
    );
    const snapshot = openSettingsStore({ cwd: dir, now: fixedNow }).snapshot();
    expect(snapshot.notice).toBe(SETTINGS_RESET_NOTICE);
    expect(snapshot.settings).toMatchObject({
      deviceId: 'device-abc-123',
      theme: 'system',
      idleLockMinutes: 5,
    });
    expect(backups()).toHaveLength(1);
  });

  it('makes a new device id when the damaged file has no usable one', () => {
    writeFileSync(file, JSON.stringify({ deviceId: 'no spaces allowed', theme: 'dark' }));
    const snapshot = openSettingsStore({ cwd: dir, now: fixedNow }).snapshot();
    expect(snapshot.notice).toBe(SETTINGS_RESET_NOTICE);
    expect(snapshot.settings.deviceId).not.toBe('no spaces allowed');
    expect(snapshot.settings.deviceId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('notices a file damaged while the app is open and keeps the id in use', () => {
    const store = openSettingsStore({ cwd: dir, now: fixedNow });
    const id = store.snapshot().settings.deviceId;
    writeFileSync(file, 'garbage');
    const snapshot = store.snapshot();
    expect(snapshot.notice).toBe(SETTINGS_RESET_NOTICE);
    expect(snapshot.settings.deviceId).toBe(id);
  });

  it('keeps every earlier copy when the file is damaged twice in the same moment', () => {
    writeFileSync(file, 'first damage');
    const store = openSettingsStore({ cwd: dir, now: fixedNow });
    store.snapshot();
    writeFileSync(file, 'second damage');
    store.snapshot();
    expect(backups().sort()).toEqual([
      'settings.broken-2026-11-22T07-30-00-000Z-1.json',
      'settings.broken-2026-11-22T07-30-00-000Z.json',
    ]);
  });

  it('drops unknown keys and fills missing ones without calling the file damaged', () => {
    writeFileSync(file, JSON.stringify({ deviceId: 'device-abc-123', oldSetting: true }));
    const snapshot = openSettingsStore({ cwd: dir }).snapshot();
    expect(snapshot.notice).toBeNull();
    expect(snapshot.settings.idleLockMinutes).toBe(5);
    expect(JSON.parse(readFileSync(file, 'utf8'))).not.toHaveProperty('oldSetting');
    expect(backups()).toEqual([]);
  });

  it('remembers window bounds and ignores sizes the rules do not allow', () => {
    const store = openSettingsStore({ cwd: dir });
    store.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    store.setWindowBounds({ x: 0, y: 0, width: 5, height: 5, maximized: false });
    expect(openSettingsStore({ cwd: dir }).snapshot().settings.windowBounds).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});
