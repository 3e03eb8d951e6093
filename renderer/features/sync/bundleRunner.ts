/**
 * Runs the file steps (pipeline.ts) in the bundle worker, or on this thread where no worker exists (component
 * tests). Either way the interface sees the same calls: export, open (the preview), apply, forget.
 */
import type { MadeFile } from '../../../shared/folder/engine';
import type { ExportRequest } from '../../db/exportBundle';
import type { FolderFileRequest } from '../../db/folderFiles';
import type { ImportPlan } from '../../db/importApply';
import { folderLocks, makeFolderFile, type FolderSecrets } from './folderFile';
import { deleteTeamDb, openTeamDb, type TeamDb } from '../../db/teamDb';
import {
  applyPlan,
  bringInQuietly,
  discardUnlisted,
  exportBytes,
  openBundleBytes,
  type ApplyOutcome,
  type ExportOutput,
  type OpenRequest,
  type Progress,
  type QuietResult,
} from './pipeline';
import type { OpenReply, WorkerReply, WorkerRequest } from './workerProtocol';

export interface BundleRunner {
  exportBundle(
    teamId: string,
    request: ExportRequest,
    passphrase: string,
    onProgress: Progress,
  ): Promise<ExportOutput>;
  open(request: OpenRequest, onProgress: Progress): Promise<OpenReply>;
  apply(onProgress: Progress): Promise<ApplyOutcome>;
  forget(discard: boolean): Promise<void>;
  /** The team folder's next file from this PC. */
  folderFile(teamId: string, request: FolderFileRequest, secrets: FolderSecrets): Promise<MadeFile>;
  /** A team folder file brought in with no question asked. */
  folderBringIn(teamId: string, bytes: Uint8Array, secrets: FolderSecrets): Promise<QuietResult>;
  dispose(): void;
}

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function workerRunner(): BundleRunner {
  const worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
  let next = 0;
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; onProgress?: Progress }>();
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    const entry = waiting.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') {
      entry.onProgress?.(message.step, message.fraction);
      return;
    }
    waiting.delete(message.id);
    entry.resolve(message);
  });
  const failed = (message: string): never => {
    throw new Error(message);
  };

  function send(body: RequestBody, onProgress?: Progress): Promise<WorkerReply> {
    next += 1;
    const id = next;
    return new Promise((resolve) => {
      waiting.set(id, { resolve, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...body, id } satisfies WorkerRequest);
    });
  }

  return {
    async exportBundle(teamId, request, passphrase, onProgress) {
      const answer = await send({ kind: 'export', teamId, request, passphrase }, onProgress);
      return answer.kind === 'exported' ? answer.output : failed(messageOf(answer));
    },
    async open(request, onProgress) {
      const answer = await send({ kind: 'open', request }, onProgress);
      return answer.kind === 'opened' ? answer.reply : failed(messageOf(answer));
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
      const answer = await send({ kind: 'folderFile', teamId, request, secrets });
      return answer.kind === 'folderFileMade' ? answer.made : failed(messageOf(answer));
    },
    async folderBringIn(teamId, bytes, secrets) {
      const answer = await send({ kind: 'folderBringIn', teamId, bytes, secrets });
      return answer.kind === 'folderBroughtIn' ? answer.result : failed(messageOf(answer));
    },
    dispose() {
      worker.terminate();
    },
  };
}

function messageOf(reply: WorkerReply): string {
  return reply.kind === 'failed' ? reply.message : 'Something went wrong with the file. Try again.';
}

/** The same steps on this thread, pausing between chunks so the interface can still paint. */
export function localRunner(): BundleRunner {
  let opened: { db: TeamDb; plan: ImportPlan } | null = null;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    exportBundle: (teamId, request, passphrase, onProgress) =>
      exportBytes(openTeamDb(teamId), request, passphrase, onProgress),
    async open(request, onProgress) {
      opened = null;
      const looked = new Set<string>();
      const dbFor = (teamId: string) => {
        looked.add(teamId);
        return openTeamDb(teamId);
      };
      const outcome = await openBundleBytes(request, { dbFor, onProgress, pause });
      if (!outcome.ok) {
        if (request.expectTeamId === undefined) await discardUnlisted(looked);
        return outcome;
      }
      opened = { db: outcome.db, plan: outcome.plan };
      return { ok: true, preview: outcome.preview };
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
      // The app shares this thread's connection, so it stays open unless the database is being removed.
      if (teamId !== undefined && discard) await deleteTeamDb(teamId);
    },
    folderFile: (teamId, request, secrets) => makeFolderFile(openTeamDb(teamId), request, secrets),
    async folderBringIn(teamId, bytes, secrets) {
      const { keys } = await folderLocks(secrets);
      return bringInQuietly(openTeamDb(teamId), { bytes, keys });
    },
    dispose() {
      opened = null;
    },
  };
}

/** A worker where the platform has them (every browser and Electron), else this thread. */
export function createBundleRunner(): BundleRunner {
  return typeof Worker === 'undefined' ? localRunner() : workerRunner();
}
