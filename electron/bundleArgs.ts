/**
 * Finds a bundle file handed to the app from outside: a double-click on Windows or Linux arrives as a command-line
 * argument (of the first launch or of a second one), possibly as a file:// URL from a Linux desktop entry, and a
 * path typed in a terminal may be relative to the folder that second launch was started in.
 */
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLE_EXTENSION = '.joinedup';

/**
 * The last argument that names a .joinedup file, skipping the program itself and switches (Chromium's `--…`, the
 * macOS `-psn_…` process serial number). A relative path is resolved against `workingDirectory` (the folder the
 * launch that passed it was started in) when one is given.
 */
export function findBundlePath(argv: readonly string[], workingDirectory?: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (!arg || arg.startsWith('-')) continue;
    const path = arg.startsWith('file://') ? fromFileUrl(arg) : arg;
    if (path && path.toLowerCase().endsWith(BUNDLE_EXTENSION)) return absolute(path, workingDirectory);
  }
  return null;
}

function absolute(path: string, workingDirectory: string | undefined): string {
  if (!workingDirectory) return path;
  // The working directory's own form says which rules apply, so the same code is right on every platform.
  const rules = /^[a-z]:[\\/]|^\\\\/i.test(workingDirectory) ? win32 : posix;
  return rules.isAbsolute(path) ? path : rules.resolve(workingDirectory, path);
}

function fromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
