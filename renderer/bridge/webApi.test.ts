import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/api/appApi';
import { createWebApi } from './webApi';

describe('the app API in a browser', () => {
  it('answers in the form the channel map promises, as the desktop does', async () => {
    const api = createWebApi(window.localStorage);
    const answers = [
      [invokeChannels.info, await api.info()],
      [invokeChannels.settingsGet, await api.settings.get()],
      [invokeChannels.settingsSet, await api.settings.set({ theme: 'dark', idleLockMinutes: 3 })],
      [invokeChannels.idleSeconds, await api.system.idleSeconds()],
      [
        invokeChannels.setMenuState,
        await api.system.setMenuState({ teamOpen: true, signedIn: true, locked: false }),
      ],
    ] as const;
    for (const [channel, answer] of answers) {
      expect(channel.result.safeParse(answer).error, channel.name).toBeUndefined();
    }
  });
});
