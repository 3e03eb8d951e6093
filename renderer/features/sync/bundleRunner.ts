/**
 * Runs the file steps (pipeline.ts) in the bundle worker, or on this thread where no worker exists (component
 * tests). Either way the interface sees the same calls: export, open (the preview), apply, forget, cancel an open,
 * and bring in files held back because a PC's clock was ahead.
 */
import type { MadeFile } from '../../../shared/folder/engine';
import type { ExportRequest } from '../../db/exportBundle';
import type { FolderFileRequest } from '../../db/folderFiles';
import type { ImportPlan } from '../../db/importApply';
import { dropTeamKey, heldKey, TeamLockedError } from '../../db/keys/heldKeys';
import { deleteTeamDb, openTeamDb, type TeamDb } from '../../db/teamDb';
import { folderLocks, makeFolderFile, type FolderSecrets } from './folderFile';
import { bringInHeld, retryHeldFiles } from './heldFilesPipeline';
import {
  applyPlan,
  discardUnlisted,
  exportBytes,
  openBundleBytes,
  type ApplyOutcome,
  type ExportOutput,
  type FileOutcome,
  type OpenRequest,
  type Progress,
} from './pipeline';
import { bringInQuietly, type QuietResult } from './folderBringIn';
import type { OpenReply, WorkerReply, WorkerRequest } from './workerProtocol';

/** Each call naming a team throws TeamLockedError when the team's key is not held (the app was locked meanwhile). */
export interface BundleRunner {
  exportBundle(
    teamId: string,
    request: ExportRequest,
    passphrase: string,
    onProgress: Progress,
  ): Promise<ExportOutput>;
  open(request: OpenRequest, onProgress: Progress): Promise<OpenReply>;
  /**
   * Stops an open that is under way, at once: whatever it was doing (unlocking, unpacking, checking, comparing)
   * ends, nothing is written, and the open answers `{ cancelled: true }`.
   */
  cancelOpen(): Promise<void>;
  apply(onProgress: Progress): Promise<ApplyOutcome>;
  forget(discard: boolean): Promise<void>;
  /** The team folder's next file from this PC. */
  folderFile(teamId: string, request: FolderFileRequest, secrets: FolderSecrets): Promise<MadeFile>;
  /** A team folder file brought in with no question asked. */
  folderBringIn(teamId: string, bytes: Uint8Array, secrets: FolderSecrets): Promise<QuietResult>;
  /** A held-back file, now (a team leader checked the clock of the PC that is ahead). */
  bringInHeld(teamId: string, bundleId: string, onProgress: Progress): Promise<FileOutcome>;
  /** Every held-back file no longer ahead of this PC's clock. */
  retryHeld(teamId: string, now: number): Promise<FileOutcome[]>;
  dispose(): void;
}

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const WORKER_FAILED = 'Something went wrong with the file. Try again.';

interface Waiting {
  resolve: (reply: WorkerReply) => void;
  onProgress?: Progress;
  /** For an open: the team whose database it looked at, and whether it was a join. */
  open?: { join: boolean; teamId: string | null };
}

function workerRunner(): BundleRunner {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  function started(): Worker {
    if (worker) return worker;
    const created = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      const entry = waiting.get(message.id);
      if (!entry) return;
      if (message.kind === 'progress') {
        entry.onProgress?.(message.step, message.fraction);
        return;
      }
      if (message.kind === 'looking') {
        if (entry.open) entry.open.teamId = message.teamId;
        return;
      }
      waiting.delete(message.id);
      entry.resolve(message);
    });
    worker = created;
    return created;
  }

  function send(body: RequestBody, onProgress?: Progress): Promise<WorkerReply> {
    next += 1;
    const id = next;
    return new Promise((resolve) => {
      const entry: Waiting = { resolve, ...(onProgress ? { onProgress } : {}) };
      if (body.kind === 'open') entry.open = { join: body.request.expectTeamId === undefined, teamId: null };
      waiting.set(id, entry);
      started().postMessage({ ...body, id } satisfies WorkerRequest);
    });
  }

  const failed = (message: string): never => {
    throw new Error(message);
  };

  /** The worker holds no key of its own: each request about a team brings the key (a copy) with it. */
  const keyOf = (teamId: string): Uint8Array => {
    const key = heldKey(teamId)?.key;
    if (!key) throw new TeamLockedError(teamId);
    return key;
  };

  return {
    async exportBundle(teamId, request, passphrase, onProgress) {
      const answer = await send(
        { kind: 'export', teamId, key: keyOf(teamId), request, passphrase },
        onProgress,
      );
      return answer.kind === 'exported' ? answer.output : failed(messageOf(answer));
    },
    async open(request, onProgress) {
      const answer = await send({ kind: 'open', request }, onProgress);
      if (answer.kind === 'opened') return answer.reply;
      return answer.kind === 'forgotten' ? { ok: false, cancelled: true } : failed(messageOf(answer));
    },
    async cancelOpen() {
      // Ending the worker stops even a step that never pauses (unlocking, inflating); it has written nothing yet.
      worker?.terminate();
      worker = null;
      const joined: string[] = [];
      for (const [id, entry] of waiting) {
        if (entry.open?.join && entry.open.teamId !== null) joined.push(entry.open.teamId);
        entry.resolve(
          entry.open ? { id, kind: 'forgotten' } : { id, kind: 'failed', message: WORKER_FAILED },
        );
      }
      waiting.clear();
      await discardUnlisted(joined);
    },
    async apply(onProgress) {
      const answer = await send({ kind: 'apply' }, onProgress);
      return answer.kind === 'applied'
        ? answer.outcome
        : { ok: false, outdated: false, message: messageOf(answer) };
    },
    async forget(discard) {
      await send({ kind: 'forget', discard });
    },
    async folderFile(teamId, request, secrets) {
      const answer = await send({ kind: 'folderFile', teamId, key: keyOf(teamId), request, secrets });
      return answer.kind === 'folderFileMade' ? answer.made : failed(messageOf(answer));
    },
    async folderBringIn(teamId, bytes, secrets) {
      const answer = await send({ kind: 'folderBringIn', teamId, key: keyOf(teamId), bytes, secrets });
      return answer.kind === 'folderBroughtIn' ? answer.result : failed(messageOf(answer));
    },
    async bringInHeld(teamId, bundleId, onProgress) {
      const answer = await send({ kind: 'bringInHeld', teamId, key: keyOf(teamId), bundleId }, onProgress);
      const [outcome] = answer.kind === 'broughtIn' ? answer.outcomes : [];
      return outcome ?? { kind: 'needsPerson', message: messageOf(answer), error: null };
    },
    async retryHeld(teamId, now) {
      const answer = await send({ kind: 'retryHeld', teamId, key: keyOf(teamId), now });
      return answer.kind === 'broughtIn' ? answer.outcomes : [];
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

function messageOf(reply: WorkerReply): string {
  return reply.kind === 'failed' ? reply.message : WORKER_FAILED;
}

/** The same steps on this thread, pausing between chunks so the interface can still paint. */
export function localRunner(): BundleRunner {
  let opened: { db: TeamDb; plan: ImportPlan } | null = null;
  let cancelling: AbortController | null = null;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    exportBundle: (teamId, request, passphrase, onProgress) =>
      exportBytes(openTeamDb(teamId), request, passphrase, onProgress),
    async open(request, onProgress) {
      opened = null;
      cancelling = new AbortController();
      const looked = new Set<string>();
      const dbFor = (teamId: string) => {
        looked.add(teamId);
        return openTeamDb(teamId);
      };
      const outcome = await openBundleBytes(request, { dbFor, onProgress, pause, signal: cancelling.signal });
      cancelling = null;
      if (!outcome.ok) {
        if (request.expectTeamId === undefined) await discardUnlisted(looked);
        return outcome;
      }
      opened = { db: outcome.db, plan: outcome.plan };
      return { ok: true, preview: outcome.preview };
    },
    async cancelOpen() {
      cancelling?.abort();
      await Promise.resolve();
    },
    async apply(onProgress) {
      if (!opened)
        return { ok: false, outdated: false, message: 'Open the file again before bringing it in.' };
      const outcome = await applyPlan(opened.db, opened.plan, onProgress);
      if (outcome.ok) opened = null;
      return outcome;
    },
    async forget(discard) {
      const teamId = opened?.db.teamId;
      opened = null;
      // The app shares this thread's connection and keys, so they stay unless the database is being removed.
      if (teamId !== undefined && discard) {
        await deleteTeamDb(teamId);
        dropTeamKey(teamId);
      }
    },
    folderFile: (teamId, request, secrets) => makeFolderFile(openTeamDb(teamId), request, secrets),
    async folderBringIn(teamId, bytes, secrets) {
      const { keys } = await folderLocks(secrets);
      return bringInQuietly(openTeamDb(teamId), { bytes, keys });
    },
    bringInHeld: (teamId, bundleId, onProgress) =>
      bringInHeld(openTeamDb(teamId), bundleId, true, { onProgress }),
    retryHeld: (teamId, now) => retryHeldFiles(openTeamDb(teamId), { now }),
    dispose() {
      cancelling?.abort();
      opened = null;
    },
  };
}

/** A worker where the platform has them (every browser and Electron), else this thread. */
export function createBundleRunner(): BundleRunner {
  return typeof Worker === 'undefined' ? localRunner() : workerRunner();
}
