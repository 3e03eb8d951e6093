/**
 * This PC's side of the team folder, for the folder engine (shared/folder/engine.ts): its remembered state and
 * waiting changes in the team database, and the slow work — making a file, bringing one in — either in the bundle
 * worker or, in tests, on this thread.
 */
import type { BundleManifest } from '../../../shared/bundle/manifest';
import type { FolderTeamSide, MadeFile } from '../../../shared/folder/engine';
import type { Hlc } from '../../../shared/sync/hlc';
import {
  loadFolderState,
  noteFolderFileWritten,
  pendingChanges,
  saveFolderState,
  type FolderFileRequest,
} from '../../db/folderFiles';
import { readVersionVectors } from '../../db/meta';
import type { TeamDb } from '../../db/teamDb';
import type { BundleRunner } from '../sync/bundleRunner';
import { makeFolderFile, folderLocks, type FolderCrypto, type FolderSecrets } from '../sync/folderFile';
import { bringInQuietly, type QuietResult } from '../sync/folderBringIn';

/** The slow steps, wherever they run. */
export interface FolderWork {
  makeFile(request: FolderFileRequest, secrets: FolderSecrets): Promise<MadeFile>;
  bringIn(bytes: Uint8Array, secrets: FolderSecrets): Promise<QuietResult>;
}

/** The slow steps on this thread, against `db` (tests, and where no worker exists). */
export function folderWorkOn(db: TeamDb, crypto: FolderCrypto = {}): FolderWork {
  return {
    makeFile: (request, secrets) => makeFolderFile(db, request, secrets, crypto),
    async bringIn(bytes, secrets) {
      const { keys } = await folderLocks(secrets, crypto);
      return bringInQuietly(db, { bytes, keys });
    },
  };
}

/** The slow steps in the bundle worker, off the interface thread. */
export function folderWorkVia(runner: BundleRunner, teamId: string): FolderWork {
  return {
    makeFile: (request, secrets) => runner.folderFile(teamId, request, secrets),
    bringIn: (bytes, secrets) => runner.folderBringIn(teamId, bytes, secrets),
  };
}

export interface TeamSideOptions {
  db: TeamDb;
  work: FolderWork;
  secrets: () => FolderSecrets;
  /** Who the files come from: this PC and the person working (or who last worked) here. */
  source: () => Omit<BundleManifest['source'], 'deviceName'>;
  appVersion: string;
  /** A file was stored: the interface moves its clock past what came. */
  onStored?: (maxStamp: Hlc) => void;
}

export function createTeamSide(options: TeamSideOptions): FolderTeamSide {
  const { db, work } = options;
  return {
    loadState: () => loadFolderState(db),
    saveState: (state) => saveFolderState(db, state),
    pending: () => pendingChanges(db),
    vectors: () => readVersionVectors(db),
    makeFile: (request) =>
      work.makeFile(
        {
          kind: request.kind,
          since: request.since,
          scope: request.scope,
          source: { ...options.source(), deviceName: request.pcName },
          appVersion: options.appVersion,
        },
        options.secrets(),
      ),
    fileWritten: (made, state) => noteFolderFileWritten(db, state, made.consumed),
    async bringIn(bytes) {
      const result = await work.bringIn(bytes, options.secrets());
      if (result.maxStamp !== undefined) options.onStored?.(result.maxStamp);
      return result.outcome;
    },
  };
}
