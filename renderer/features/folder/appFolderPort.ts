/**
 * The team's folder as the folder engine sees it, through the app API: the main process's Node file system in the
 * desktop app, the File System Access API in a browser. Change notices come only where the shell can watch.
 */
import type { FolderApi } from '../../../shared/api/appApi';
import { resultPort, type FolderPort } from '../../../shared/folder/folderPort';

export function appFolderPort(api: FolderApi, teamId: string): FolderPort {
  return resultPort({
    list: () => api.list(teamId),
    read: (name) => api.read(teamId, name),
    write: (name, bytes) => api.write(teamId, name, bytes),
    remove: (name) => api.remove(teamId, name),
    watch(onChange) {
      const unsubscribe = api.onChange((changed) => {
        if (changed === teamId) onChange();
      });
      void api.watch(teamId, true);
      return () => {
        unsubscribe();
        void api.watch(teamId, false);
      };
    },
  });
}
