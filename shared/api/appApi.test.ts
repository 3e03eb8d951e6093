import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  eventChannels,
  invokeChannels,
  type AppApi,
  type LockReason,
  type OpenedFile,
  type SaveResult,
} from './appApi';
import type { Settings, SettingsPatch, SettingsSnapshot } from './settings';

describe('the IPC channel map', () => {
  it('names every channel once, requests and pushed messages alike', () => {
    const names = [...Object.values(invokeChannels), ...Object.values(eventChannels)].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each method of the app API its channel’s arguments and answer', () => {
    expectTypeOf<AppApi['settings']['get']>().returns.resolves.toEqualTypeOf<SettingsSnapshot>();
    expectTypeOf<AppApi['settings']['set']>().parameters.toEqualTypeOf<[SettingsPatch]>();
    expectTypeOf<AppApi['settings']['set']>().returns.resolves.toEqualTypeOf<Settings>();
    expectTypeOf<AppApi['files']['openBundle']>().returns.resolves.toEqualTypeOf<OpenedFile | null>();
    expectTypeOf<AppApi['files']['saveBundle']>().parameters.toEqualTypeOf<[string, Uint8Array]>();
    expectTypeOf<AppApi['print']['toPdf']>().returns.resolves.toEqualTypeOf<SaveResult>();
    expectTypeOf<AppApi['system']['onLock']>().parameter(0).parameter(0).toEqualTypeOf<LockReason>();
  });

  it('refuses arguments a channel does not take', () => {
    expect(invokeChannels.settingsSet.args.safeParse([{ deviceId: 'stolen-id-1' }]).success).toBe(false);
    expect(invokeChannels.saveBundle.args.safeParse(['team.joinedup', 'not bytes']).success).toBe(false);
    expect(invokeChannels.info.args.safeParse(['unexpected']).success).toBe(false);
  });
});
