/** Per-PC settings: what the desktop app keeps in electron-store and the web build keeps in localStorage. */
import { z } from 'zod';

export const themeSchema = z.enum(['system', 'light', 'dark', 'high-contrast']);
export type Theme = z.infer<typeof themeSchema>;

export const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;

/** The PC's readable name, shown to the team beside the changes made here ("Front office PC"). */
export const pcNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name for this PC.')
  .max(60, 'A PC’s name can be at most 60 characters.')
  .regex(/^[^\p{Cc}]*$/u, 'A PC’s name cannot contain special characters.');

export const settingsSchema = z.object({
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  theme: themeSchema.default('system'),
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max).default(5),
  lastTeamId: z.string().max(100).nullable().default(null),
  /** Null until someone names the PC (at first run, or in Settings). */
  pcName: pcNameSchema.nullable().default(null),
  /**
   * Desktop only: each team's folder on this PC, by team id, as the person chose it in the folder dialog. The
   * interface cannot change these (they are not in the patch below): only the main process, after the dialog.
   */
  teamFolders: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/), z.string().min(1).max(4096)).default({}),
  windowBounds: windowBoundsSchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change. The device id and window bounds belong to the shell. */
export const settingsPatchSchema = z
  .object({
    theme: themeSchema,
    idleLockMinutes: settingsSchema.shape.idleLockMinutes,
    lastTeamId: z.string().max(100).nullable(),
    pcName: pcNameSchema,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Settings as the renderer sees them, with a notice when a damaged settings file had to be replaced. */
export const settingsSnapshotSchema = z.strictObject({
  settings: settingsSchema,
  /** Plain words for the person, shown once, when the settings file could not be read and was set aside. */
  notice: z.string().nullable(),
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;

/**
 * The name offered when a PC is first named, and the one it goes by until then: short, and told apart from the
 * team's other unnamed PCs by the start of its device id ("PC 4f2a91").
 */
export function suggestedPcName(deviceId: string): string {
  return `PC ${deviceId.slice(0, 6)}`;
}

/** The one name this PC goes by, wherever it is shown or written: the stored one, or the suggestion until then. */
export function pcNameOf(settings: Pick<Settings, 'pcName' | 'deviceId'>): string {
  return settings.pcName ?? suggestedPcName(settings.deviceId);
}

export function newDeviceId(): string {
  // 16 random bytes as URL-safe text: unique enough to tell PCs apart and safe inside a change stamp.
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function defaultSettings(deviceId = newDeviceId()): Settings {
  return settingsSchema.parse({ deviceId });
}
