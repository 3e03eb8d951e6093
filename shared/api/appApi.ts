/**
 * The app API: the one contract between the interface and the platform it runs on. The Electron preload exposes
 * exactly this object (checked with `satisfies`), and renderer/bridge/web implements it for a plain browser.
 * Channel names live here and nowhere else.
 */
import { z } from 'zod';
import {
  folderBytesSchema,
  folderFileNameSchema,
  passphrasesSchema,
  teamIdSchema,
  type FolderApi,
  type KeyApi,
} from './folderApi';
import type { Settings, SettingsPatch, SettingsSnapshot } from './settings';

export type Unsubscribe = () => void;

export interface AppInfo {
  name: string;
  version: string;
  /** 'desktop' in Electron, 'web' in a browser. */
  shell: 'desktop' | 'web';
  platform: string;
  deviceId: string;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type SaveResult =
  { saved: true; name: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

export const lockReasonSchema = z.enum(['os-lock', 'sleep', 'menu', 'idle']);
export type LockReason = z.infer<typeof lockReasonSchema>;

/** Commands the desktop menu can send to the interface. */
export const menuCommandSchema = z.enum([
  'new-case',
  'new-session',
  'log-training',
  'export-bundle',
  'import-bundle',
  'lock',
  'switch-person',
  'command-palette',
  'shortcuts',
  'go-board',
  'go-people',
  'go-reflection',
  'go-training',
  'go-charter',
  'go-sync',
  'go-settings',
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** What the interface shows now, so the desktop menu offers only the commands that apply. */
export const menuStateSchema = z.strictObject({
  teamOpen: z.boolean(),
  signedIn: z.boolean(),
  locked: z.boolean(),
});
export type MenuState = z.infer<typeof menuStateSchema>;

export interface AppApi {
  info(): Promise<AppInfo>;
  settings: {
    get(): Promise<SettingsSnapshot>;
    set(patch: SettingsPatch): Promise<Settings>;
  };
  files: {
    /** Asks the person to choose a bundle file; null when they cancel. */
    openBundle(): Promise<OpenedFile | null>;
    saveBundle(suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
    /** Saves plain text (CSV) the person asked to export. */
    saveText(suggestedName: string, text: string): Promise<SaveResult>;
  };
  print: {
    /** Prints the current view to a PDF the person saves. */
    toPdf(suggestedName: string): Promise<SaveResult>;
  };
  system: {
    /** Seconds since the person last used the keyboard or mouse anywhere on the PC; null where unknown. */
    idleSeconds(): Promise<number | null>;
    onLock(listener: (reason: LockReason) => void): Unsubscribe;
    onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
    /** Tells the desktop menu what applies now (nothing happens in a browser, which has no app menu). */
    setMenuState(state: MenuState): Promise<void>;
    /** A bundle file opened from outside the app (double-click, command line). */
    onBundleOpened(listener: (file: OpenedFile) => void): Unsubscribe;
  };
  /** Each team's shared folder on this PC (docs/decisions/0018-team-folder.md). */
  folder: FolderApi;
  /** The team passphrase remembered for the team folder, never in plain settings. */
  keys: KeyApi;
}

/** IPC channel names: one place, used by main and preload alike. */
export const IPC = {
  info: 'app:info',
  settingsGet: 'settings:get',
  settingsSet: 'settings:set',
  openBundle: 'files:open-bundle',
  saveBundle: 'files:save-bundle',
  saveText: 'files:save-text',
  printToPdf: 'print:to-pdf',
  idleSeconds: 'system:idle-seconds',
  lock: 'system:lock',
  menuCommand: 'system:menu-command',
  setMenuState: 'system:set-menu-state',
  bundleOpened: 'system:bundle-opened',
  folderSupport: 'folder:support',
  folderChoose: 'folder:choose',
  folderCurrent: 'folder:current',
  folderAllow: 'folder:allow',
  folderForget: 'folder:forget',
  folderList: 'folder:list',
  folderRead: 'folder:read',
  folderWrite: 'folder:write',
  folderRemove: 'folder:remove',
  folderWatch: 'folder:watch',
  folderChanged: 'folder:changed',
  keysKeeping: 'keys:keeping',
  keysRemember: 'keys:remember',
  keysRecall: 'keys:recall',
  keysForget: 'keys:forget',
} as const;

const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
const MAX_TEXT_CHARS = 64 * 1024 * 1024;

/** File names the person will see in a save dialog: no folders, no control characters. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, 'A file name cannot contain folders or special characters.');

/** Argument schemas for every invoke channel; main parses with these before doing anything. */
export const ipcArgs = {
  [IPC.info]: z.tuple([]),
  [IPC.settingsGet]: z.tuple([]),
  [IPC.settingsSet]: z.tuple([z.unknown()]),
  [IPC.openBundle]: z.tuple([]),
  [IPC.saveBundle]: z.tuple([
    suggestedNameSchema,
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BUNDLE_BYTES),
  ]),
  [IPC.saveText]: z.tuple([suggestedNameSchema, z.string().max(MAX_TEXT_CHARS)]),
  [IPC.printToPdf]: z.tuple([suggestedNameSchema]),
  [IPC.idleSeconds]: z.tuple([]),
  [IPC.setMenuState]: z.tuple([menuStateSchema]),
  [IPC.folderSupport]: z.tuple([]),
  [IPC.folderChoose]: z.tuple([teamIdSchema]),
  [IPC.folderCurrent]: z.tuple([teamIdSchema]),
  [IPC.folderAllow]: z.tuple([teamIdSchema]),
  [IPC.folderForget]: z.tuple([teamIdSchema]),
  [IPC.folderList]: z.tuple([teamIdSchema]),
  [IPC.folderRead]: z.tuple([teamIdSchema, folderFileNameSchema]),
  [IPC.folderWrite]: z.tuple([teamIdSchema, folderFileNameSchema, folderBytesSchema]),
  [IPC.folderRemove]: z.tuple([teamIdSchema, folderFileNameSchema]),
  [IPC.folderWatch]: z.tuple([teamIdSchema, z.boolean()]),
  [IPC.keysKeeping]: z.tuple([]),
  [IPC.keysRemember]: z.tuple([teamIdSchema, passphrasesSchema]),
  [IPC.keysRecall]: z.tuple([teamIdSchema]),
  [IPC.keysForget]: z.tuple([teamIdSchema]),
} as const;
