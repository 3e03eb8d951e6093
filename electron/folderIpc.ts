/**
 * The main side of the team folder and the remembered passphrase (shared/api/folderApi.ts). The interface names a
 * folder only by its team: the path comes from the folder dialog and stays in the main process, and every file name
 * is checked to stay inside that folder (teamFolder.ts). Watching tells the window, a little after the last change
 * of a burst, which team's folder may have changed.
 */
import { dialog } from 'electron';
import { basename } from 'node:path';
import { invokeChannels } from '../shared/api/appApi';
import type { FolderChoice, FolderResult } from '../shared/api/folderApi';
import type { FolderKeys } from './folderKeys';
import { sendToWindow, type Handle } from './ipcHandle';
import type { SettingsStore } from './settingsStore';
import { NodeFolder } from './teamFolder';
import type { BrowserWindow } from 'electron';

export interface FolderContext {
  getWindow: () => BrowserWindow | null;
  settings: SettingsStore;
  folderKeys: FolderKeys;
}

const NO_FOLDER = {
  ok: false,
  problem: 'gone',
  message: 'No team folder has been chosen on this PC.',
} as const;
/** Change notices come in bursts (a sync tool writes many files): one message a little after the last. */
const CHANGE_SETTLE_MS = 300;

export function registerFolderHandlers(handle: Handle, context: FolderContext): void {
  const channels = invokeChannels;
  const watchers = new Map<string, () => void>();

  const folderOf = (teamId: string): NodeFolder | null => {
    const path = context.settings.read().teamFolders[teamId];
    return path === undefined ? null : new NodeFolder(path);
  };
  const choiceOf = (path: string): FolderChoice => ({ name: basename(path) || path, access: 'granted' });
  const withFolder = <T>(teamId: string, run: (folder: NodeFolder) => Promise<FolderResult<T>>) => {
    const folder = folderOf(teamId);
    return folder ? run(folder) : Promise.resolve(NO_FOLDER);
  };
  const stopWatching = (teamId: string) => {
    watchers.get(teamId)?.();
    watchers.delete(teamId);
  };

  handle(channels.folderSupport, () => ({ supported: true as const }));
  handle(channels.folderChoose, async ([teamId], window) => {
    const result = await dialog.showOpenDialog(window, {
      title: 'Choose the team folder',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    const path = result.filePaths[0];
    if (result.canceled || !path) return null;
    stopWatching(teamId);
    context.settings.setTeamFolder(teamId, path);
    return choiceOf(path);
  });
  handle(channels.folderCurrent, ([teamId]) => {
    const path = context.settings.read().teamFolders[teamId];
    return path === undefined ? null : choiceOf(path);
  });
  // The desktop app never has to ask again: the folder dialog was the person's permission.
  handle(channels.folderAllow, ([teamId]) => folderOf(teamId) !== null);
  handle(channels.folderForget, ([teamId]) => {
    stopWatching(teamId);
    context.settings.setTeamFolder(teamId, null);
  });
  handle(channels.folderList, ([teamId]) => withFolder(teamId, (folder) => folder.list()));
  handle(channels.folderRead, ([teamId, name]) => withFolder(teamId, (folder) => folder.read(name)));
  handle(channels.folderWrite, ([teamId, name, bytes]) =>
    withFolder(teamId, (folder) => folder.write(name, bytes)),
  );
  handle(channels.folderRemove, ([teamId, name]) => withFolder(teamId, (folder) => folder.remove(name)));
  handle(channels.folderWatch, ([teamId, on]) => {
    stopWatching(teamId);
    const folder = on ? folderOf(teamId) : null;
    if (!folder) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unwatch = folder.watch(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        sendToWindow(context.getWindow(), 'folderChanged', teamId);
      }, CHANGE_SETTLE_MS);
    });
    watchers.set(teamId, () => {
      if (timer) clearTimeout(timer);
      unwatch();
    });
  });

  handle(channels.keysKeeping, () => context.folderKeys.keeping());
  handle(channels.keysRemember, ([teamId, passphrases]) => context.folderKeys.remember(teamId, passphrases));
  handle(channels.keysRecall, ([teamId]) => context.folderKeys.recall(teamId));
  handle(channels.keysForget, ([teamId]) => context.folderKeys.forget(teamId));
}
