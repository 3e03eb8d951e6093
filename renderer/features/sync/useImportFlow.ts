/**
 * The steps a person goes through to bring in a file or join a team from one: choose it, type the passphrase, see
 * what it holds, confirm. The heavy work runs in the bundle worker; this hook only keeps the screen's state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedFile } from '../../../shared/api/appApi';
import type { BundleError } from '../../../shared/bundle/errors';
import { allHeldKeys, heldKey } from '../../db/keys/heldKeys';
import type { ReceiptRow } from '../../db/teamDb';
import { newKey } from '../../../shared/keys/sealed';
import { createBundleRunner, type BundleRunner } from './bundleRunner';
import type { HeldBack, ImportPreview, Step } from './pipeline';
import { addJoinedTeam, isTeamOnThisPc } from './syncCommands';
import { problemWords } from '../../ui/problemWords';
import { getAppApi } from '../../bridge/appApi';
import { openTeamDb } from '../../db/teamDb';
import { adoptIfChanged } from '../access/team/passphraseCommands';

export interface ProgressState {
  step: Step;
  fraction: number;
}

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'passphrase'; file: OpenedFile; join: boolean }
  | { stage: 'working'; file: OpenedFile; join: boolean; progress: ProgressState }
  | {
      stage: 'failed';
      file: OpenedFile;
      join: boolean;
      error: BundleError | { kind: 'other'; message: string };
    }
  | {
      stage: 'preview';
      file: OpenedFile;
      join: boolean;
      preview: ImportPreview;
      /** True when this team is already on this PC (only when joining). */
      alreadyHere: boolean;
      note: string | null;
    }
  | {
      stage: 'done';
      file: OpenedFile;
      join: boolean;
      preview: ImportPreview;
      receipt: ReceiptRow;
      applied: boolean;
      /** The file told this PC of a new team passphrase, which it now uses: what happened, in plain words. */
      passphraseNews: string | null;
    }
  /** Held back because a PC's clock is ahead: kept, to come in by itself (or now, if a leader says so). */
  | { stage: 'held'; file: OpenedFile; join: boolean; held: HeldBack };

export interface ImportFlowOptions {
  /** The open team's id: files of other teams are refused (with the offer to add them as a team). */
  teamId?: string;
  /** After a file was stored in the open team: move this PC's clock past what came. */
  onApplied?: (maxStamp: string | undefined) => void;
  /** After a team was added from its file. */
  onJoined?: (teamId: string) => void;
}

export function useImportFlow(options: ImportFlowOptions) {
  const [state, setState] = useState<ImportStage>({ stage: 'idle' });
  const runnerRef = useRef<BundleRunner | null>(null);
  const passphraseRef = useRef('');
  /** Joining: the key of the new team's database, wrapped and kept once the person confirms. */
  const newTeamKeyRef = useRef<Uint8Array | null>(null);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const runner = useCallback((): BundleRunner => {
    runnerRef.current ??= createBundleRunner();
    return runnerRef.current;
  }, []);

  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = null;
    },
    [],
  );

  const choose = useCallback((file: OpenedFile, join = false) => {
    setState({ stage: 'passphrase', file, join });
  }, []);

  const open = useCallback(
    async (file: OpenedFile, passphrase: string, join: boolean, note: string | null = null) => {
      passphraseRef.current = passphrase;
      setState({ stage: 'working', file, join, progress: { step: 'opening', fraction: 0 } });
      try {
        const teamId = optionsRef.current.teamId;
        const joining = join || teamId === undefined;
        const key = teamId === undefined ? undefined : heldKey(teamId)?.key;
        newTeamKeyRef.current = joining ? newKey() : null;
        const reply = await runner().open(
          {
            bytes: file.bytes,
            passphrase,
            ...(joining
              ? { dataKeys: allHeldKeys(), newTeamKey: newTeamKeyRef.current ?? undefined }
              : { expectTeamId: teamId, dataKeys: key ? { [teamId]: key } : {} }),
          },
          (step, fraction) => setState({ stage: 'working', file, join, progress: { step, fraction } }),
        );
        if ('error' in reply) {
          setState({ stage: 'failed', file, join, error: reply.error });
          return;
        }
        if ('held' in reply) {
          setState({ stage: 'held', file, join, held: reply.held });
          return;
        }
        if (!reply.ok) {
          setState({ stage: 'idle' });
          return;
        }
        const alreadyHere = join && (await isTeamOnThisPc(reply.preview.teamId));
        setState({ stage: 'preview', file, join, preview: reply.preview, alreadyHere, note });
      } catch (error) {
        setState({
          stage: 'failed',
          file,
          join,
          error: {
            kind: 'other',
            message: problemWords(
              error,
              'The file could not be opened. Nothing on this PC has been changed. Try again.',
            ),
          },
        });
      }
    },
    [runner],
  );

  const confirm = useCallback(async () => {
    if (state.stage !== 'preview') return;
    const { file, join, preview, alreadyHere } = state;
    setState({ stage: 'working', file, join, progress: { step: 'saving', fraction: 0 } });
    const outcome = await runner().apply((step, fraction) =>
      setState({ stage: 'working', file, join, progress: { step, fraction } }),
    );
    if (!outcome.ok) {
      if (outcome.outdated) {
        await open(file, passphraseRef.current, join, outcome.message);
        return;
      }
      setState({ stage: 'failed', file, join, error: { kind: 'other', message: outcome.message } });
      return;
    }
    let passphraseNews: string | null = null;
    if (join) {
      const key = newTeamKeyRef.current;
      if (!alreadyHere && key)
        await addJoinedTeam(preview.teamId, preview.teamName, passphraseRef.current, key);
      newTeamKeyRef.current = null;
      passphraseRef.current = '';
      optionsRef.current.onJoined?.(preview.teamId);
    } else {
      const teamId = optionsRef.current.teamId;
      if (teamId !== undefined && outcome.applied) {
        passphraseNews = await adoptIfChanged(openTeamDb(teamId), getAppApi(), passphraseRef.current);
      }
      passphraseRef.current = '';
      optionsRef.current.onApplied?.(outcome.maxStamp);
    }
    setState({
      stage: 'done',
      file,
      join,
      preview,
      receipt: outcome.receipt,
      applied: outcome.applied,
      passphraseNews,
    });
  }, [state, runner, open]);

  const cancel = useCallback(async () => {
    passphraseRef.current = '';
    newTeamKeyRef.current?.fill(0);
    newTeamKeyRef.current = null;
    setState({ stage: 'idle' });
    if (state.stage === 'working') {
      // Whatever step the file is at, it stops, and nothing from it has been written.
      await runnerRef.current?.cancelOpen();
      return;
    }
    const discard = state.stage === 'preview' && state.join && !state.alreadyHere;
    await runnerRef.current?.forget(discard);
  }, [state]);

  return { state, choose, open, confirm, cancel };
}
