/**
 * Per-PC settings for the desktop app. Stored as JSON in `settings.json` inside Electron's userData folder (the
 * folder is passed in as `cwd` so tests can use a temporary one), written through electron-store, which writes a
 * temporary file and renames it over the old one, so a crash never leaves a half-written file.
 *
 * The zod `settingsSchema` is the only source of truth: every read is checked with it. A file that is not JSON, or
 * whose values fail the schema (a hand edit, a bad disk), is copied aside as `settings.broken-<time>.json`, replaced
 * by the usual settings (keeping the PC's device id when it can still be read), and the person is told once.
 */
import { copyFileSync, constants, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ElectronStore from 'electron-store';
import {
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
  type SettingsSnapshot,
  type WindowBounds,
} from '../shared/api/settings';

export const SETTINGS_RESET_NOTICE =
  'Your settings on this PC could not be read, so they were set back to the usual ones. A copy of the old file was kept.';
export const SETTINGS_RESET_NO_COPY_NOTICE =
  'Your settings on this PC could not be read, so they were set back to the usual ones. The old file could not be copied.';

const STORE_NAME = 'settings';

export interface SettingsStore {
  /** Current settings, checked afresh, leaving any reset notice for `snapshot`. */
  read(): Settings;
  /** Current settings, plus the reset notice the first time it is asked after a damaged file was replaced. */
  snapshot(): SettingsSnapshot;
  /** Applies a change the person made; throws a plain-words Error when the change is not allowed. */
  update(patch: SettingsPatch): Settings;
  setWindowBounds(bounds: WindowBounds | null): void;
  /** Keeps the folder the person chose for a team in the folder dialog (null: the team uses no folder here). */
  setTeamFolder(teamId: string, path: string | null): void;
  /** Full path of the settings file, for messages and tests. */
  readonly path: string;
}

export interface SettingsStoreOptions {
  /** Folder that holds settings.json (Electron's userData folder in the app). */
  cwd: string;
  now?: () => Date;
}

type ReadOutcome =
  | { kind: 'ok'; settings: Settings; needsRewrite: boolean }
  | { kind: 'missing' }
  | { kind: 'broken'; salvagedDeviceId: string | null };

const deviceIdSchema = settingsSchema.shape.deviceId;

/** Reads the raw file and sorts it into fine, absent or damaged, without changing anything on disk. */
export function readSettingsFile(path: string): ReadOutcome {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return { kind: 'missing' };
    return { kind: 'broken', salvagedDeviceId: null };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'broken', salvagedDeviceId: salvageDeviceIdFromText(text) };
  }
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) {
    // Unknown keys are dropped and missing optional ones filled in; write that back so the file matches the schema.
    return {
      kind: 'ok',
      settings: parsed.data,
      needsRewrite: JSON.stringify(parsed.data) !== JSON.stringify(raw),
    };
  }
  const candidate = isRecord(raw) ? deviceIdSchema.safeParse(raw.deviceId) : null;
  return { kind: 'broken', salvagedDeviceId: candidate?.success ? candidate.data : null };
}

/**
 * The device id stamps every change this PC makes, so losing it would make the PC look like a new one to the team.
 * Even in a file that is no longer JSON it is usually still there as text.
 */
export function salvageDeviceIdFromText(text: string): string | null {
  const match = /"deviceId"\s*:\s*"([^"]*)"/.exec(text);
  const checked = deviceIdSchema.safeParse(match?.[1]);
  return checked.success ? checked.data : null;
}

/** Copies the damaged file next to itself under a name that sorts by time and never overwrites an earlier copy. */
export function keepBrokenCopy(path: string, when: Date): string | null {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    const target = join(dirname(path), `${STORE_NAME}.broken-${stamp}${suffix}.json`);
    try {
      copyFileSync(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if (!isErrnoCode(error, 'EEXIST')) {
        console.error('Could not keep a copy of the damaged settings file', error);
        return null;
      }
    }
  }
  return null;
}

export function openSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const now = options.now ?? (() => new Date());
  const store = new ElectronStore<Record<string, unknown>>({
    name: STORE_NAME,
    cwd: options.cwd,
    // We decide what a damaged file means (copy, reset, notice); this only stops the constructor throwing on one.
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
  let current: Settings | null = null;
  let pendingNotice: string | null = null;
  let memoryOnly = false;

  function write(settings: Settings): void {
    current = settings;
    try {
      store.store = { ...settings };
    } catch (error) {
      // A read-only or full disk must not stop the app: the settings hold for this session, and we stop re-reading
      // the file so a damaged one is not copied and reported again on every read.
      memoryOnly = true;
      console.error('Could not save settings', error);
    }
  }

  function load(): Settings {
    if (memoryOnly && current) return current;
    const outcome = readSettingsFile(store.path);
    if (outcome.kind === 'ok') {
      if (outcome.needsRewrite) write(outcome.settings);
      current = outcome.settings;
      return outcome.settings;
    }
    if (outcome.kind === 'missing') {
      // Keep the id this session already uses if the file vanished while the app was open.
      const fresh = defaultSettings(current?.deviceId);
      write(fresh);
      return fresh;
    }
    const copy = keepBrokenCopy(store.path, now());
    const replacement = defaultSettings(outcome.salvagedDeviceId ?? current?.deviceId);
    write(replacement);
    pendingNotice = copy ? SETTINGS_RESET_NOTICE : SETTINGS_RESET_NO_COPY_NOTICE;
    return replacement;
  }

  load();

  return {
    path: store.path,
    read: load,
    snapshot() {
      const settings = load();
      const notice = pendingNotice;
      pendingNotice = null;
      return { settings, notice };
    },
    update(patch) {
      const checked = settingsPatchSchema.safeParse(patch);
      if (!checked.success) {
        throw new Error(
          `That setting could not be saved: ${checked.error.issues[0]?.message ?? 'it is not allowed'}.`,
        );
      }
      const next = settingsSchema.parse({ ...load(), ...checked.data });
      write(next);
      return next;
    },
    setWindowBounds(bounds) {
      const next = settingsSchema.safeParse({ ...load(), windowBounds: bounds });
      // Odd sizes (a window dragged tiny) are simply not remembered rather than breaking the file.
      if (next.success) write(next.data);
    },
    setTeamFolder(teamId, path) {
      const current = load();
      const teamFolders = Object.fromEntries(
        Object.entries(current.teamFolders).filter(([team]) => team !== teamId),
      );
      if (path !== null) teamFolders[teamId] = path;
      write(settingsSchema.parse({ ...current, teamFolders }));
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrnoCode(error: unknown, code: string): boolean {
  return isRecord(error) && error.code === code;
}
