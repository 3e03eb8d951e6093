import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommandSchema, type MenuCommand, type MenuState } from '../shared/api/appApi';
import { SHORTCUTS } from '../shared/shortcuts';
import { buildMenuTemplate, isCommandEnabled } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const WORKING: MenuState = { teamOpen: true, signedIn: true, locked: false };

function build(platform: NodeJS.Platform, isDev = false, state: MenuState = WORKING) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const items = flatten(buildMenuTemplate({ appName: 'Joined Up', platform, isDev, send, state }));
  const byLabel = (label: string) => items.find((item) => item.label === label);
  return { send, items, byLabel };
}

describe('application menu', () => {
  it('offers the standard editing commands so copy and paste work in every text box', () => {
    const roles = build('win32').items.map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) expect(roles).toContain(role);
  });

  it('goes to each area with Ctrl or Cmd and a number', () => {
    const { byLabel } = build('win32');
    expect(byLabel('Board')?.accelerator).toBe('CmdOrCtrl+1');
    expect(byLabel('Training')?.accelerator).toBe('CmdOrCtrl+4');
    expect(byLabel('Lock')?.accelerator).toBe('CmdOrCtrl+L');
    expect(byLabel('Find or run a command…')?.accelerator).toBe('CmdOrCtrl+K');
  });

  it('uses the same keys as the shortcuts help for every command both offer', () => {
    const { items, send } = build('linux');
    for (const shortcut of SHORTCUTS) {
      if (!shortcut.command) continue;
      const item = items.find((candidate) => candidate.accelerator === shortcut.keys);
      (item?.click as (() => void) | undefined)?.();
      expect(send, `${shortcut.does} (${shortcut.keys})`).toHaveBeenLastCalledWith(shortcut.command);
    }
  });

  it('offers every command the interface understands somewhere in the menu', () => {
    const { items, send } = build('win32');
    for (const item of items) (item.click as (() => void) | undefined)?.();
    const sent = new Set(send.mock.calls.map(([command]) => command));
    expect([...sent].sort()).toEqual([...menuCommandSchema.options].sort());
  });

  it('sends the chosen command to the interface', () => {
    const { byLabel, send } = build('linux');
    const click = byLabel('Bring in a file…')?.click as (() => void) | undefined;
    click?.();
    expect(send).toHaveBeenCalledWith('import-bundle');
  });

  it('has no shortcut used twice', () => {
    const accelerators = build('win32').items.flatMap((item) =>
      item.accelerator ? [String(item.accelerator)] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('greys out team work until someone is signed in, and again while the app is locked', () => {
    const nothingOpen = build('win32', false, { teamOpen: false, signedIn: false, locked: false });
    expect(nothingOpen.byLabel('New case')?.enabled).toBe(false);
    expect(nothingOpen.byLabel('Switch person…')?.enabled).toBe(false);
    expect(nothingOpen.byLabel('Keyboard shortcuts')?.enabled).toBe(true);

    const locked = build('win32', false, { teamOpen: true, signedIn: true, locked: true });
    for (const label of [
      'New case',
      'Save a file for another PC…',
      'Lock',
      'Board',
      'Find or run a command…',
    ])
      expect(locked.byLabel(label)?.enabled, label).toBe(false);
    expect(locked.byLabel('Switch person…')?.enabled).toBe(true);

    const working = build('win32');
    for (const label of ['New case', 'Log training', 'Bring in a file…', 'Lock', 'Settings'])
      expect(working.byLabel(label)?.enabled, label).toBe(true);
  });

  it('lets someone sign in on a PC where the team is open but nobody is working', () => {
    const state: MenuState = { teamOpen: true, signedIn: false, locked: false };
    expect(isCommandEnabled('switch-person', state)).toBe(true);
    expect(isCommandEnabled('new-case', state)).toBe(false);
    expect(isCommandEnabled('export-bundle', state)).toBe(false);
  });

  it('shows reload and developer tools only while developing', () => {
    expect(build('win32').items.some((item) => item.role === 'reload')).toBe(false);
    expect(build('win32').items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(build('win32', true).items.some((item) => item.role === 'reload')).toBe(true);
  });

  it('puts Settings and Quit under the app name on a Mac, as Mac users expect', () => {
    const template = buildMenuTemplate({
      appName: 'Joined Up',
      platform: 'darwin',
      isDev: false,
      send: vi.fn(),
    });
    expect(template[0]?.label).toBe('Joined Up');
    const first = flatten([template[0] ?? {}]);
    expect(first.some((item) => item.role === 'quit')).toBe(true);
    expect(first.some((item) => item.label === 'Settings…')).toBe(true);
  });
});
