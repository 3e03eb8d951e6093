import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/appApi';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const items = flatten(buildMenuTemplate({ appName: 'Joined Up', platform, isDev, send }));
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
    expect(byLabel('Command palette…')?.accelerator).toBe('CmdOrCtrl+K');
  });

  it('sends the chosen command to the interface', () => {
    const { byLabel, send } = build('linux');
    const click = byLabel('Import bundle…')?.click as (() => void) | undefined;
    click?.();
    expect(send).toHaveBeenCalledWith('import-bundle');
  });

  it('has no shortcut used twice', () => {
    const accelerators = build('win32').items.flatMap((item) =>
      item.accelerator ? [String(item.accelerator)] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
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
