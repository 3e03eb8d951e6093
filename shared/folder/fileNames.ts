/**
 * Names of the files in a team folder. Each PC writes only files whose name carries its own device id, so no two
 * PCs ever write the same file and a file-sync tool never has to pick a winner:
 *
 *   Front office PC - 7f3a9c2e1b4d5a6f7e8d9c0b - team 3f2a9c1d - 000042 changes.joinedup
 *
 * (readable PC name, device id, the first characters of the team's id, this PC's running number, and whether the
 * file holds the changes since its previous file or the whole team). Names that sync tools make from ours —
 * duplicates ("… (1).joinedup") and conflict copies (Syncthing's ".sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX",
 * OneDrive's "-PCNAME", Dropbox's "(… conflicted copy …)") — are recognised as copies of the same file. A file is
 * written under a temporary name that does not end in .joinedup, then renamed.
 */
import { PC_NAME_MAX } from '../bundle/manifest';

export const FOLDER_FILE_EXTENSION = '.joinedup';

export type FolderFileKind = 'changes' | 'full';

/** What a file's name says about it (the file's own manifest has the last word). */
export interface FolderFileId {
  pcName: string;
  deviceId: string;
  teamTag: string;
  /** The writing PC's running number: a higher number was written later and holds everything a lower one did. */
  seq: number;
  kind: FolderFileKind;
}

/** How a sync tool came to make this name from one of ours. */
export type CopyKind = 'duplicate' | 'conflict';

export type ParsedFolderName =
  /** One of ours (from any PC of any team), or a copy of one. */
  | { type: 'team-file'; id: FolderFileId; copy: CopyKind | null }
  /** A Joined Up file someone put in the folder by hand: read by its contents. */
  | { type: 'other-bundle' }
  /** Anything else: temporary files (ours or a sync tool's), other documents. */
  | { type: 'ignore' };

const SEQ_DIGITS = 6;
const TEAM_TAG_LENGTH = 8;
const CORE =
  /^(?<pc>.+?) - (?<device>[A-Za-z0-9_-]{8,64}) - team (?<team>[a-z0-9]{8}) - (?<seq>\d{6,9}) (?<kind>changes|full)(?<rest>.*)$/u;

/** Decorations sync tools and file managers add to a name, after our kind word and before the extension. */
const DUPLICATE_PATTERNS: readonly RegExp[] = [
  /^ \(\d{1,4}\)$/, // Windows, Google Drive, browsers: "name (1)"
  /^ - Copy(?: \(\d{1,4}\))?$/i, // Windows Explorer: "name - Copy"
  /^ copy(?: \d{1,4})?$/i, // macOS Finder: "name copy", "name copy 2"
  /^ \d{1,4}$/, // macOS: "name 2"
];
const CONFLICT_PATTERNS: readonly RegExp[] = [
  /^\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}$/, // Syncthing (lib/model/folder_sendrecv.go conflictName)
  /^-[A-Za-z0-9_-]{1,63}$/, // OneDrive: "name-PCNAME"
  /^ \(.*conflict.*\)$/i, // Dropbox, Nextcloud, ownCloud: "name (… conflicted copy …)"
];

/** The first characters of the team's id, enough to tell two teams' files apart in one folder. */
export function teamTag(teamId: string): string {
  const tag = teamId
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, TEAM_TAG_LENGTH);
  return tag.padEnd(TEAM_TAG_LENGTH, '0');
}

/**
 * A PC's name as it may appear in a file name on any system: letters and digits of any language, spaces, apostrophes, - and _;
 * everything else becomes a space. Never empty, never " - " (our separator), at most PC_NAME_MAX characters.
 */
export function safePcName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _'’-]+/gu, ' ')
    .replace(/ -(?= )/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, PC_NAME_MAX)
    .trim();
  return cleaned === '' ? 'PC' : cleaned;
}

export function folderFileName(id: FolderFileId): string {
  const seq = String(id.seq).padStart(SEQ_DIGITS, '0');
  return `${safePcName(id.pcName)} - ${id.deviceId} - team ${id.teamTag} - ${seq} ${id.kind}${FOLDER_FILE_EXTENSION}`;
}

/** A temporary name beside `finalName`: hidden, and not ending in .joinedup, so no reader takes it for a file. */
export function temporaryName(finalName: string, random: () => number): string {
  const suffix = Math.floor(random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `.${finalName}.${suffix}.tmp`;
}

/** Whether `name` is a temporary file this PC left behind (a crash between writing and renaming). */
export function isOwnTemporary(name: string, deviceId: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp') && name.includes(` - ${deviceId} - `);
}

function copyKind(rest: string): CopyKind {
  if (CONFLICT_PATTERNS.some((pattern) => pattern.test(rest))) return 'conflict';
  if (DUPLICATE_PATTERNS.some((pattern) => pattern.test(rest))) return 'duplicate';
  // Some other tool's decoration: still a copy of the same file, which its contents will confirm.
  return 'conflict';
}

export function parseFolderName(name: string): ParsedFolderName {
  if (!name.toLowerCase().endsWith(FOLDER_FILE_EXTENSION) || name.startsWith('.') || name.startsWith('~')) {
    return { type: 'ignore' };
  }
  const stem = name.slice(0, -FOLDER_FILE_EXTENSION.length);
  const match = CORE.exec(stem);
  const groups = match?.groups;
  if (!groups) return { type: 'other-bundle' };
  const { pc = '', device = '', team = '', seq = '0', kind, rest = '' } = groups;
  return {
    type: 'team-file',
    id: {
      pcName: pc,
      deviceId: device,
      teamTag: team,
      seq: Number(seq),
      kind: kind === 'full' ? 'full' : 'changes',
    },
    copy: rest === '' ? null : copyKind(rest),
  };
}
