import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { FolderChoice, FolderSupport, KeyKeeping } from '../../../shared/api/folderApi';
import { pcNameOf } from '../../../shared/api/settings';
import { AREAS, type Area } from '../../../shared/domain/tableDef';
import type { FolderStatus } from '../../../shared/folder/status';
import { useSettings } from '../../app/settings/useSettings';
import { useTeam } from '../../app/team/useTeam';
import { usePerson } from '../../app/team/usePerson';
import { useTeamDb } from '../../app/team/useTeamDb';
import { WriterContext } from '../../app/team/teamContexts';
import { getAppApi } from '../../bridge/appApi';
import { folderScope } from '../../db/folderFiles';
import {
  rememberFolderPassphrase,
  startUsingFolder,
  stopUsingFolder,
  type StartOutcome,
} from './folderCommands';
import { useFolderEngine } from './useFolderEngine';

/**
 * Where this PC is with the open team's folder: not offered here, not in use, waiting for the passphrase or for
 * the browser's permission, or running.
 */
export type FolderPhase =
  'loading' | 'unsupported' | 'off' | 'needsPassphrase' | 'needsPermission' | 'running';

export interface TeamFolderValue {
  phase: FolderPhase;
  unsupportedReason: string | null;
  folderName: string | null;
  keeping: KeyKeeping | null;
  scope: readonly Area[];
  pcName: string;
  status: FolderStatus | null;
  /** Another window on this PC looks after the folder. */
  elsewhere: boolean;
  /** Moves on every half minute, so "3 minutes ago" stays true. */
  now: number;
  start(input: { passphrase: string; scope: readonly Area[] }): Promise<StartOutcome>;
  enterPassphrase(passphrase: string): Promise<string | null>;
  allow(): Promise<void>;
  stop(): Promise<void>;
  checkNow(): Promise<void>;
  dismissOtherTeam(): Promise<void>;
}

export const TeamFolderContext = createContext<TeamFolderValue | null>(null);

interface Loaded {
  teamId: string;
  support: FolderSupport;
  choice: FolderChoice | null;
  passphrases: string[] | null;
  keeping: KeyKeeping;
  scope: Area[];
  appVersion: string;
}

/** Runs the open team's folder (when this PC uses one) and offers its state to the frame and Share and receive. */
export function TeamFolderProvider({ children }: { children: ReactNode }) {
  const api = getAppApi();
  const { team } = useTeam();
  const db = useTeamDb();
  const person = usePerson();
  // Null while the PC is locked or nobody has said who they are: the folder then only reads.
  const writer = useContext(WriterContext);
  const { settings } = useSettings();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const reload = useCallback(() => setVersion((count) => count + 1), []);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([
      api.folder.support(),
      api.folder.current(team.id),
      api.keys.recall(team.id),
      api.keys.keeping(),
      folderScope(db),
      api.info(),
    ]).then(([support, choice, passphrases, keeping, scope, info]) => {
      if (!cancelled) {
        setLoaded({
          teamId: team.id,
          support,
          choice,
          passphrases,
          keeping,
          scope,
          appVersion: info.version,
        });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [api, db, team.id, version]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const current = loaded?.teamId === team.id ? loaded : null;
  let phase: FolderPhase = 'loading';
  if (current) {
    if (!current.support.supported) phase = 'unsupported';
    else if (!current.choice) phase = 'off';
    else if (current.choice.access !== 'granted') phase = 'needsPermission';
    else if (!current.passphrases) phase = 'needsPassphrase';
    else phase = 'running';
  }
  const pcName = pcNameOf(settings);
  const engine = useFolderEngine({
    api,
    db,
    deviceId: writer?.deviceId ?? settings.deviceId,
    appVersion: current?.appVersion ?? '0.0.0',
    pcName,
    scope: current?.scope ?? AREAS,
    passphrases: current?.passphrases ?? [],
    person: person ?? { id: '', name: '' },
    writer,
    active: phase === 'running' && person !== null,
  });

  const value = useMemo<TeamFolderValue>(
    () => ({
      phase,
      unsupportedReason: current && !current.support.supported ? current.support.reason : null,
      folderName: current?.choice?.name ?? null,
      keeping: current?.keeping ?? null,
      scope: current?.scope ?? AREAS,
      pcName,
      status: phase === 'running' ? engine.status : null,
      elsewhere: engine.elsewhere,
      now,
      async start(input) {
        const outcome = await startUsingFolder(api, db, input);
        if (outcome.kind === 'started') reload();
        return outcome;
      },
      async enterPassphrase(passphrase) {
        const outcome = await rememberFolderPassphrase(api, db.teamId, passphrase);
        if (!outcome.ok) return outcome.message;
        reload();
        return null;
      },
      async allow() {
        await api.folder.allow(db.teamId);
        reload();
      },
      async stop() {
        await stopUsingFolder(api, db);
        reload();
      },
      checkNow: engine.checkNow,
      dismissOtherTeam: engine.dismissOtherTeam,
    }),
    [phase, current, pcName, engine, now, api, db, reload],
  );
  return <TeamFolderContext.Provider value={value}>{children}</TeamFolderContext.Provider>;
}
