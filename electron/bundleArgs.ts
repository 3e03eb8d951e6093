/**
 * Finds a bundle file handed to the app from outside: a double-click on Windows or Linux arrives as a command-line
 * argument (of the first launch or of a second one), possibly as a file:// URL from a Linux desktop entry.
 */
import { fileURLToPath } from 'node:url';

export const BUNDLE_EXTENSION = '.joinedup';

/** The last argument that names a .joinedup file, skipping the program itself and Chromium's own switches. */
export function findBundlePath(argv: readonly string[]): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (!arg || arg.startsWith('-')) continue;
    const path = arg.startsWith('file://') ? fromFileUrl(arg) : arg;
    if (path && path.toLowerCase().endsWith(BUNDLE_EXTENSION)) return path;
  }
  return null;
}

function fromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
