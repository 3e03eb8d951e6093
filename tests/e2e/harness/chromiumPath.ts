import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. Throws with a plain fix when neither is there. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  return path;
}
