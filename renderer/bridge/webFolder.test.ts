import { describe, expect, it } from 'vitest';
import { createSessionKeys, createWebFolder, UNSUPPORTED_REASON } from './webFolder';

describe('the team folder in a browser', () => {
  it('says plainly when the browser cannot use a shared folder', async () => {
    expect(await createWebFolder().support()).toEqual({ supported: false, reason: UNSUPPORTED_REASON });
    await expect(createWebFolder().choose('team-1')).rejects.toThrow('Use the Joined Up desktop app');
  });

  it('remembers the team passphrase for this session only, and forgets it on request', async () => {
    const keys = createSessionKeys(window.sessionStorage);
    expect(await keys.keeping()).toBe('session');
    expect(await keys.recall('team-1')).toBeNull();
    await keys.remember('team-1', ['kettle orbit meadow violin']);
    expect(await keys.recall('team-1')).toEqual(['kettle orbit meadow violin']);
    expect(window.localStorage.length).toBe(0);
    await keys.forget('team-1');
    expect(await keys.recall('team-1')).toBeNull();
    window.sessionStorage.setItem('joinedup.folderKey.team-2', '{not json');
    expect(await keys.recall('team-2')).toBeNull();
  });
});
