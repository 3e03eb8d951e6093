/**
 * Every keyboard shortcut in the app, in one list: the shortcuts help dialog shows it, the command palette shows a
 * command's keys from it, and the desktop menu takes its accelerators from it, so the three cannot drift apart.
 * Pure data: no platform here.
 */
import type { MenuCommand } from './api/appApi';

export type ShortcutGroup = 'Going around' | 'Working' | 'Board' | 'Reflective sessions';

export interface Shortcut {
  id: string;
  /** What the keys do, in plain words. */
  does: string;
  /** Keys in Electron's accelerator form ('CmdOrCtrl+K'); shown as Ctrl on Windows and Linux, ⌘ on a Mac. */
  keys: string;
  group: ShortcutGroup;
  /** The menu command with these keys, when the desktop menu offers it. */
  command?: MenuCommand;
  /** Works only in the desktop app (a browser keeps these keys for itself, e.g. Ctrl+N for a new window). */
  desktopOnly?: boolean;
}

/** The section jumps, in navigation order: Ctrl+1 … Ctrl+7. */
export const SECTION_SHORTCUTS = [
  { section: 'board', command: 'go-board', label: 'Board' },
  { section: 'people', command: 'go-people', label: 'People' },
  { section: 'reflection', command: 'go-reflection', label: 'Reflection' },
  { section: 'training', command: 'go-training', label: 'Training' },
  { section: 'charter', command: 'go-charter', label: 'Charter' },
  { section: 'sync', command: 'go-sync', label: 'Share and receive' },
  { section: 'settings', command: 'go-settings', label: 'Settings' },
] as const satisfies readonly { section: string; command: MenuCommand; label: string }[];

export const SHORTCUTS: readonly Shortcut[] = [
  ...SECTION_SHORTCUTS.map((entry, index): Shortcut => ({
    id: entry.command,
    does: `Go to ${entry.label}`,
    keys: `CmdOrCtrl+${index + 1}`,
    group: 'Going around',
    command: entry.command,
  })),
  {
    id: 'command-palette',
    does: 'Find a case, person or page, or run a command',
    keys: 'CmdOrCtrl+K',
    group: 'Going around',
    command: 'command-palette',
  },
  {
    id: 'shortcuts',
    does: 'Show these keyboard shortcuts',
    keys: 'CmdOrCtrl+/',
    group: 'Going around',
    command: 'shortcuts',
  },
  {
    id: 'shortcuts-question',
    does: 'Show these keyboard shortcuts (when not typing in a box)',
    keys: '?',
    group: 'Going around',
  },
  { id: 'lock', does: 'Lock the app', keys: 'CmdOrCtrl+L', group: 'Working', command: 'lock' },
  {
    id: 'switch-person',
    does: 'Switch person',
    keys: 'CmdOrCtrl+Shift+S',
    group: 'Working',
    command: 'switch-person',
  },
  {
    id: 'new-case',
    does: 'New case',
    keys: 'CmdOrCtrl+N',
    group: 'Working',
    command: 'new-case',
    desktopOnly: true,
  },
  {
    id: 'export-bundle',
    does: 'Save a file for another PC',
    keys: 'CmdOrCtrl+E',
    group: 'Working',
    command: 'export-bundle',
    desktopOnly: true,
  },
  {
    id: 'import-bundle',
    does: 'Bring in a file from another PC',
    keys: 'CmdOrCtrl+O',
    group: 'Working',
    command: 'import-bundle',
    desktopOnly: true,
  },
  {
    id: 'board-pick-up',
    does: 'Pick up a case to move it, or put it down',
    keys: 'Space',
    group: 'Board',
  },
  {
    id: 'board-move',
    does: 'Move a picked-up case to the next stage',
    keys: 'Left / Right',
    group: 'Board',
  },
  { id: 'board-cancel', does: 'Put a picked-up case back', keys: 'Escape', group: 'Board' },
  {
    id: 'meeting-action',
    does: 'In meeting mode, go to the new action line',
    keys: 'Alt+A',
    group: 'Reflective sessions',
  },
  {
    id: 'meeting-leave',
    does: 'Leave meeting mode',
    keys: 'Escape',
    group: 'Reflective sessions',
  },
];

/** The accelerator for a menu command, if it has one. */
export function acceleratorFor(command: MenuCommand): string | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.keys;
}

/** Keys as a person reads them: "Ctrl+K" on Windows and Linux, "⌘K" style words on a Mac ("Cmd+K"). */
export function keysForDisplay(keys: string, isMac: boolean): string {
  return keys.replace(/CmdOrCtrl/g, isMac ? 'Cmd' : 'Ctrl').replace(/\bAlt\b/g, isMac ? 'Option' : 'Alt');
}

/** The same keys in the form `aria-keyshortcuts` wants ("Control+K"). */
export function keysForAria(keys: string, isMac: boolean): string {
  return keys.replace(/CmdOrCtrl/g, isMac ? 'Meta' : 'Control');
}
