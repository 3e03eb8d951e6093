import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import type { AppApi } from '../../../shared/api/appApi';
import type { Area } from '../../../shared/domain/tableDef';
import { FolderEngine } from '../../../shared/folder/engine';
import { teamTag } from '../../../shared/folder/fileNames';
import { FolderRunner } from '../../../shared/folder/runner';
import type { FolderStatus } from '../../../shared/folder/status';
import { FOLDER_CHANGE_PREFIX } from '../../db/folderJournal';
import type { TeamDb } from '../../db/teamDb';
import type { WriteContext } from '../../db/writer';
import { createBundleRunner } from '../sync/bundleRunner';
import { appFolderPort } from './appFolderPort';
import { createTeamSide, folderWorkVia } from './teamSide';

export interface FolderEngineInput {
  api: AppApi;
  db: TeamDb;
  deviceId: string;
  appVersion: string;
  pcName: string;
  scope: readonly Area[];
  passphrases: readonly string[];
  person: { id: string; name: string };
  writer: WriteContext | null;
  /** Run only while true: a folder is chosen, allowed, and its passphrase is known. */
  active: boolean;
}

export interface FolderEngineHandle {
  status: FolderStatus | null;
  /** Another window of Joined Up on this PC already looks after this team's folder. */
  elsewhere: boolean;
  checkNow: () => Promise<void>;
  dismissOtherTeam: () => Promise<void>;
}

const windowTimers = {
  now: () => Date.now(),
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (handle: unknown) => {
    if (typeof handle === 'number') window.clearTimeout(handle);
  },
};

/**
 * Runs the team folder for the open team while `active`: the engine over the app API's folder, the slow work in
 * the bundle worker, a look a moment after every change saved here. Only one window per team does this (a Web Lock):
 * two windows writing this PC's files would break the rule that each file has one writer.
 */
export function useFolderEngine(input: FolderEngineInput): FolderEngineHandle {
  const [status, setStatus] = useState<FolderStatus | null>(null);
  const [elsewhere, setElsewhere] = useState(false);
  const live = useRef(input);
  const engineRef = useRef<{ engine: FolderEngine; runner: FolderRunner } | null>(null);
  useEffect(() => {
    live.current = input;
  });
  const { api, db, deviceId, appVersion, active } = input;

  useEffect(() => {
    if (!active) return;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const worker = createBundleRunner();
    const port = appFolderPort(api.folder, db.teamId);
    const side = createTeamSide({
      db,
      work: folderWorkVia(worker, db.teamId),
      secrets: () => ({ teamId: db.teamId, passphrases: live.current.passphrases }),
      source: () => ({
        deviceId,
        personId: live.current.person.id,
        personName: live.current.person.name,
      }),
      appVersion,
      onStored: (stamp) => live.current.writer?.clock.receive(stamp),
    });
    const engine = new FolderEngine({
      port,
      side,
      deviceId,
      teamTag: teamTag(db.teamId),
      pcName: () => live.current.pcName,
      scope: () => [...live.current.scope],
      now: () => Date.now(),
      random: Math.random,
    });
    const runner = new FolderRunner({ engine, port, timers: windowTimers, onStatus: setStatus });
    const changes = liveQuery(() => db.meta.where('key').startsWith(FOLDER_CHANGE_PREFIX).count()).subscribe({
      next: () => runner.soon(),
    });

    const run = async () => {
      engineRef.current = { engine, runner };
      setElsewhere(false);
      runner.start();
      await finished;
      engineRef.current = null;
      await runner.stop();
    };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (locks) {
      void locks.request(`joinedup-folder-${db.teamId}`, { ifAvailable: true }, async (lock) => {
        if (!lock) {
          setElsewhere(true);
          return;
        }
        await run();
      });
    } else {
      void run();
    }
    return () => {
      changes.unsubscribe();
      finish();
      setStatus(null);
      void runner.stop().then(() => worker.dispose());
    };
  }, [active, api, db, deviceId, appVersion]);

  return {
    status,
    elsewhere,
    checkNow: async () => {
      await engineRef.current?.runner.now();
    },
    dismissOtherTeam: async () => {
      await engineRef.current?.engine.dismissOtherTeam();
      await engineRef.current?.runner.now();
    },
  };
}
