/**
 * The Web Worker that saves and brings in files off the interface thread: it reads the team database itself (so
 * no rows are copied across), locks or unlocks the file, checks every record and works out the plan, then keeps
 * the plan until the person confirms and stores it in one transaction. It also brings in files held back because a
 * PC's clock was ahead. Cancelling an open ends the worker (bundleRunner.ts): nothing it did is written by then.
 */
import { closeTeamDb, deleteTeamDb, openTeamDb, type TeamDb } from '../../db/teamDb';
import type { ImportPlan } from '../../db/importApply';
import { bringInQuietly } from './folderBringIn';
import { folderLocks, makeFolderFile } from './folderFile';
import { bringInHeld, retryHeldFiles } from './heldFilesPipeline';
import { applyPlan, discardUnlisted, exportBytes, openBundleBytes, type Progress } from './pipeline';
import type { OpenReply, WorkerReply, WorkerRequest } from './workerProtocol';

let opened: { db: TeamDb; plan: ImportPlan } | null = null;

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function progressFor(id: number): Progress {
  return (step, fraction) => reply({ id, kind: 'progress', step, fraction });
}

async function handle(message: WorkerRequest): Promise<void> {
  const { id } = message;
  switch (message.kind) {
    case 'export': {
      const output = await exportBytes(
        openTeamDb(message.teamId),
        message.request,
        message.passphrase,
        progressFor(id),
      );
      reply({ id, kind: 'exported', output }, [output.bytes.buffer]);
      return;
    }
    case 'open': {
      opened = null;
      const looked = new Set<string>();
      const outcome = await openBundleBytes(message.request, {
        dbFor: (teamId) => {
          looked.add(teamId);
          reply({ id, kind: 'looking', teamId });
          return openTeamDb(teamId);
        },
        onProgress: progressFor(id),
      });
      if (!outcome.ok && message.request.expectTeamId === undefined) await discardUnlisted(looked);
      let answer: OpenReply;
      if (outcome.ok) {
        opened = { db: outcome.db, plan: outcome.plan };
        answer = { ok: true, preview: outcome.preview };
      } else {
        answer = outcome;
      }
      reply({ id, kind: 'opened', reply: answer });
      return;
    }
    case 'apply': {
      if (!opened) {
        reply({ id, kind: 'failed', message: 'Open the file again before bringing it in.' });
        return;
      }
      const outcome = await applyPlan(opened.db, opened.plan, progressFor(id));
      if (outcome.ok) opened = null;
      reply({ id, kind: 'applied', outcome });
      return;
    }
    case 'folderFile': {
      const made = await makeFolderFile(openTeamDb(message.teamId), message.request, message.secrets);
      reply({ id, kind: 'folderFileMade', made }, [made.bytes.buffer]);
      return;
    }
    case 'folderBringIn': {
      const { keys } = await folderLocks(message.secrets);
      const result = await bringInQuietly(openTeamDb(message.teamId), { bytes: message.bytes, keys });
      reply({ id, kind: 'folderBroughtIn', result });
      return;
    }
    case 'forget': {
      const teamId = opened?.db.teamId;
      opened = null;
      if (teamId !== undefined) {
        if (message.discard) await deleteTeamDb(teamId);
        else closeTeamDb(teamId);
      }
      reply({ id, kind: 'forgotten' });
      return;
    }
    case 'bringInHeld': {
      const outcome = await bringInHeld(openTeamDb(message.teamId), message.bundleId, true, {
        onProgress: progressFor(id),
      });
      reply({ id, kind: 'broughtIn', outcomes: [outcome] });
      return;
    }
    case 'retryHeld': {
      const outcomes = await retryHeldFiles(openTeamDb(message.teamId), { now: message.now });
      reply({ id, kind: 'broughtIn', outcomes });
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch(() => {
    reply({
      id: event.data.id,
      kind: 'failed',
      message: 'Something went wrong with the file. Nothing on this PC has been changed. Try again.',
    });
  });
});
