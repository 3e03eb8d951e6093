import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const child = vi.hoisted(() => ({ spawnSync: vi.fn() }));
vi.mock('node:child_process', () => ({ spawnSync: child.spawnSync }));

const { electronProgramOrDownload } = await import('./electronBinary.mjs');

let dist: string;

beforeEach(() => {
  // Electron looks for its program here instead of in node_modules/electron/dist.
  dist = mkdtempSync(join(tmpdir(), 'joinedup-electron-'));
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dist);
  vi.stubEnv('ELECTRON_SKIP_BINARY_DOWNLOAD', '');
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  child.spawnSync.mockReset();
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dist, { recursive: true, force: true });
});

describe('Electron’s program for npm start and npm run dist', () => {
  it('is downloaded with Electron’s own installer the first time, then found', () => {
    child.spawnSync.mockImplementation(() => {
      writeFileSync(join(dist, 'electron'), '');
      return { status: 0 };
    });
    expect(electronProgramOrDownload().path).toBe(join(dist, 'electron'));
    expect(child.spawnSync).toHaveBeenCalledWith(
      process.execPath,
      [expect.stringMatching(/electron[/\\]install\.js$/)],
      expect.anything(),
    );
  });

  it('is not downloaded again once it is there', () => {
    writeFileSync(join(dist, 'electron'), '');
    expect(electronProgramOrDownload().path).toBe(join(dist, 'electron'));
    expect(child.spawnSync).not.toHaveBeenCalled();
  });

  it('is missing, without a download, when ELECTRON_SKIP_BINARY_DOWNLOAD is set or the download fails', () => {
    vi.stubEnv('ELECTRON_SKIP_BINARY_DOWNLOAD', '1');
    expect(electronProgramOrDownload().path).toBeNull();
    expect(child.spawnSync).not.toHaveBeenCalled();
    vi.stubEnv('ELECTRON_SKIP_BINARY_DOWNLOAD', '');
    child.spawnSync.mockReturnValue({ status: 1 });
    expect(electronProgramOrDownload().path).toBeNull();
    expect(child.spawnSync).toHaveBeenCalledTimes(1);
  });
});
