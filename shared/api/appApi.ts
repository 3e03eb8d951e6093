/**
 * The app API: the one contract between the interface and the platform it runs on. The Electron preload exposes
 * exactly this object (checked with `satisfies`), and renderer/bridge/web implements it for a plain browser.
 * Channel names, their arguments and their answers live here and nowhere else (invokeChannels, eventChannels).
 */
import { z } from 'zod';
import {
  folderBytesSchema,
  folderChoiceSchema,
  folderEntrySchema,
  folderFileNameSchema,
  folderResultSchema,
  folderSupportSchema,
  keyKeepingSchema,
  passphrasesSchema,
  teamIdSchema,
} from './folderApi';
import { keyChannels } from './keyChannels';
import { settingsPatchSchema, settingsSchema, settingsSnapshotSchema } from './settings';

export type Unsubscribe = () => void;

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** 'desktop' in Electron, 'web' in a browser. */
  shell: z.enum(['desktop', 'web']),
  platform: z.string(),
  deviceId: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Bytes of any backing buffer (z.instanceof would narrow the type to an ArrayBuffer-backed array). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes.');

export const openedFileSchema = z.strictObject({
  name: z.string().min(1).max(260),
  bytes: bytesSchema,
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const saveResultSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), name: z.string() }),
  z.strictObject({
    saved: z.literal(false),
    reason: z.enum(['cancelled', 'failed']),
    message: z.string().optional(),
  }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

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

const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
const MAX_TEXT_CHARS = 64 * 1024 * 1024;

/** File names the person will see in a save dialog: no folders, no control characters. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, 'A file name cannot contain folders or special characters.');

/**
 * Every request the interface makes of the desktop: the channel's name, its arguments (main parses them before
 * acting) and its answer (the preload checks it before the interface sees it). Main registers its handlers from
 * this map and the preload calls through it, so a name is written once and a wrong answer is a type error on
 * both ends; AppApi below, which the browser implementation also satisfies, takes its types from here.
 */
export const invokeChannels = {
  info: { name: 'app:info', args: z.tuple([]), result: appInfoSchema },
  settingsGet: { name: 'settings:get', args: z.tuple([]), result: settingsSnapshotSchema },
  settingsSet: { name: 'settings:set', args: z.tuple([settingsPatchSchema]), result: settingsSchema },
  openBundle: { name: 'files:open-bundle', args: z.tuple([]), result: openedFileSchema.nullable() },
  saveBundle: {
    name: 'files:save-bundle',
    args: z.tuple([suggestedNameSchema, bytesSchema.refine((bytes) => bytes.byteLength <= MAX_BUNDLE_BYTES)]),
    result: saveResultSchema,
  },
  saveText: {
    name: 'files:save-text',
    args: z.tuple([suggestedNameSchema, z.string().max(MAX_TEXT_CHARS)]),
    result: saveResultSchema,
  },
  printToPdf: { name: 'print:to-pdf', args: z.tuple([suggestedNameSchema]), result: saveResultSchema },
  idleSeconds: { name: 'system:idle-seconds', args: z.tuple([]), result: z.number().min(0).nullable() },
  setMenuState: { name: 'system:set-menu-state', args: z.tuple([menuStateSchema]), result: z.void() },
  // The team folder (docs/decisions/0018-team-folder.md): a folder is named only by its team, a file only by its
  // plain name; main resolves both inside the chosen folder.
  folderSupport: { name: 'folder:support', args: z.tuple([]), result: folderSupportSchema },
  folderChoose: {
    name: 'folder:choose',
    args: z.tuple([teamIdSchema]),
    result: folderChoiceSchema.nullable(),
  },
  folderCurrent: {
    name: 'folder:current',
    args: z.tuple([teamIdSchema]),
    result: folderChoiceSchema.nullable(),
  },
  folderAllow: { name: 'folder:allow', args: z.tuple([teamIdSchema]), result: z.boolean() },
  folderForget: { name: 'folder:forget', args: z.tuple([teamIdSchema]), result: z.void() },
  folderList: {
    name: 'folder:list',
    args: z.tuple([teamIdSchema]),
    result: folderResultSchema(z.array(folderEntrySchema)),
  },
  folderRead: {
    name: 'folder:read',
    args: z.tuple([teamIdSchema, folderFileNameSchema]),
    result: folderResultSchema(bytesSchema),
  },
  folderWrite: {
    name: 'folder:write',
    args: z.tuple([teamIdSchema, folderFileNameSchema, folderBytesSchema]),
    result: folderResultSchema(z.null()),
  },
  folderRemove: {
    name: 'folder:remove',
    args: z.tuple([teamIdSchema, folderFileNameSchema]),
    result: folderResultSchema(z.null()),
  },
  folderWatch: { name: 'folder:watch', args: z.tuple([teamIdSchema, z.boolean()]), result: z.void() },
  // The team passphrase remembered for the team folder, never in plain settings.
  keysKeeping: { name: 'keys:keeping', args: z.tuple([]), result: keyKeepingSchema },
  keysRemember: {
    name: 'keys:remember',
    args: z.tuple([teamIdSchema, passphrasesSchema]),
    result: keyKeepingSchema,
  },
  keysRecall: { name: 'keys:recall', args: z.tuple([teamIdSchema]), result: passphrasesSchema.nullable() },
  keysForget: { name: 'keys:forget', args: z.tuple([teamIdSchema]), result: z.void() },
  // A team's data key kept by the operating system for this PC's user (docs/decisions/0022-records-locked-on-disk.md).
  ...keyChannels,
} as const satisfies Record<string, { name: string; args: z.ZodTuple; result: z.ZodType }>;

/** Every message the desktop pushes to the interface: the channel's name and what it carries. */
export const eventChannels = {
  lock: { name: 'system:lock', payload: lockReasonSchema },
  menuCommand: { name: 'system:menu-command', payload: menuCommandSchema },
  /** A bundle file opened from outside the app (double-click, command line). */
  bundleOpened: { name: 'system:bundle-opened', payload: openedFileSchema },
  /** Something in a team's folder may have changed: carries the team's id. */
  folderChanged: { name: 'folder:changed', payload: teamIdSchema },
} as const satisfies Record<string, { name: string; payload: z.ZodType }>;

export type InvokeChannel = keyof typeof invokeChannels;
/** What the interface passes; main sees the parsed form (the same here: no schema transforms its input). */
export type InvokeArgs<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['result']>;
export type EventChannel = keyof typeof eventChannels;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]['payload']>;

type Invoke<C extends InvokeChannel> = (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
type Subscribe<E extends EventChannel> = (listener: (payload: EventPayload<E>) => void) => Unsubscribe;

export interface AppApi {
  info: Invoke<'info'>;
  settings: {
    get: Invoke<'settingsGet'>;
    set: Invoke<'settingsSet'>;
  };
  files: {
    /** Asks the person to choose a bundle file; null when they cancel. */
    openBundle: Invoke<'openBundle'>;
    /** (suggested name, bytes) */
    saveBundle: Invoke<'saveBundle'>;
    /** Saves plain text (CSV) the person asked to export: (suggested name, text). */
    saveText: Invoke<'saveText'>;
  };
  print: {
    /** Prints the current view to a PDF the person saves, under the suggested name. */
    toPdf: Invoke<'printToPdf'>;
  };
  system: {
    /** Seconds since the person last used the keyboard or mouse anywhere on the PC; null where unknown. */
    idleSeconds: Invoke<'idleSeconds'>;
    onLock: Subscribe<'lock'>;
    onMenuCommand: Subscribe<'menuCommand'>;
    /** Tells the desktop menu what applies now (nothing happens in a browser, which has no app menu). */
    setMenuState: Invoke<'setMenuState'>;
    /** A bundle file opened from outside the app (double-click, command line). */
    onBundleOpened: Subscribe<'bundleOpened'>;
  };
  /** Each team's shared folder on this PC (docs/decisions/0018-team-folder.md). */
  folder: {
    support: Invoke<'folderSupport'>;
    /** Asks the person to choose the team's folder; null when they cancel. */
    choose: Invoke<'folderChoose'>;
    current: Invoke<'folderCurrent'>;
    /** Asks the person again for permission to use the folder (a browser; call from a click). */
    allow: Invoke<'folderAllow'>;
    forget: Invoke<'folderForget'>;
    list: Invoke<'folderList'>;
    read: Invoke<'folderRead'>;
    write: Invoke<'folderWrite'>;
    remove: Invoke<'folderRemove'>;
    /** Starts or stops telling the interface when the team's folder may have changed. */
    watch: Invoke<'folderWatch'>;
    onChange: Subscribe<'folderChanged'>;
  };
  /**
   * The team passphrase remembered for the team folder, never in plain settings; and a team's data key kept by the
   * operating system when a team leader lets this PC open the team without the passphrase.
   */
  keys: {
    keeping: Invoke<'keysKeeping'>;
    /** Keeps the team's passphrases for the folder, the current one first (a new one replaces the list). */
    remember: Invoke<'keysRemember'>;
    recall: Invoke<'keysRecall'>;
    forget: Invoke<'keysForget'>;
    /**
     * Whether the operating system can keep a secret for the person logged in to this PC: the desktop app with a
     * keychain (Windows, macOS, a Linux desktop's keyring). Never in a browser.
     */
    osProtectionAvailable: Invoke<'osProtectionAvailable'>;
    /** A team's data key (base64) sealed by the operating system for this PC's user; throws where it cannot. */
    osProtect: Invoke<'osProtect'>;
    /** The key again, or null when the operating system cannot open it (another user, another PC, no keychain). */
    osUnprotect: Invoke<'osUnprotect'>;
  };
}

export type FolderApi = AppApi['folder'];
export type KeyApi = AppApi['keys'];
