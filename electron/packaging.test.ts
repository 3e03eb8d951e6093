import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';

type Fuses = NonNullable<Configuration['electronFuses']>;

/** The packaging settings electron-builder reads when `npm run dist` makes an installer. */
function buildSettings(): Configuration {
  const packageJson: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  if (typeof packageJson !== 'object' || packageJson === null || !('build' in packageJson)) {
    throw new Error('package.json has no "build" settings for electron-builder.');
  }
  const { build } = packageJson;
  if (typeof build !== 'object' || build === null) throw new Error('The "build" settings are not an object.');
  return build;
}

describe('the installed app', () => {
  it('cannot be started as a plain Node program, given Node options, or opened to a debugger', () => {
    const fuses = buildSettings().electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    } satisfies Fuses);
  });

  it('runs only its own packed, checked code, and keeps its cookies encrypted on the disk', () => {
    const fuses = buildSettings().electronFuses;
    expect(fuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The interface is served from app://, so file:// pages need none of their old extra powers.
      grantFileProtocolExtraPrivileges: false,
    } satisfies Fuses);
    expect(buildSettings().asar).toBe(true);
  });
});
