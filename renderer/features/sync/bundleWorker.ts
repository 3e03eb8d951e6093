/**
 * The Web Worker that saves and brings in files off the interface thread: it reads the team database itself (so
 * no rows are copied across), locks or unlocks the file, checks every record and works out the plan, then keeps
 * the plan until the person confirms and stores it in one transaction. It also brings in files held back because a
 * PC's clock was ahead. Cancelling an open ends the worker (bundleRunner.ts): nothing it did is written by then.
 * The team's data key comes with each request and is dropped (its database closed, its bytes overwritten) as soon
 * as no request is under way and no opened file waits for the person.
 */
import { dropTeamKeys, heldKey, holdTeamKey } from '../../db/keys/heldKeys';
import { deleteTeamDb, openTeamDb, type TeamDb } from '../../db/teamDb';
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

let busy = 0;

/** Keys go once nothing needs them: no request under way, no opened file waiting for the person's yes. */
function letGoOfKeysIfIdle(): void {
  if (busy === 0 && opened === null) dropTeamKeys();
}

/**
 * Runs with the team's key held. A key already held is kept rather than replaced: a request still under way seals
 * with those very bytes, which replacing would overwrite (the key is the same: a team's data key never changes).
 */
async function withKey<T>(teamId: string, key: Uint8Array, run: () => Promise<T>): Promise<T> {
  if (!heldKey(teamId)) holdTeamKey(teamId, key, null);
  busy += 1;
  try {
    return await run();
  } finally {
    busy -= 1;
    letGoOfKeysIfIdle();
  }
}

function progressFor(id: number): Progress {
  return (step, fraction) => reply({ id, kind: 'progress', step, fraction });
}

async function handle(message: WorkerRequest): Promise<void> {
  const { id } = message;
  switch (message.kind) {
    case 'export': {
      const output = await withKey(message.teamId, message.key, () =>
        exportBytes(openTeamDb(message.teamId), message.request, message.passphrase, progressFor(id)),
      );
      reply({ id, kind: 'exported', output }, [output.bytes.buffer]);
      return;
    }
    case 'open': {
      opened = null;
      const looked = new Set<string>();
      busy += 1;
      let answer: OpenReply;
      try {
        const outcome = await openBundleBytes(message.request, {
          dbFor: (teamId) => {
            looked.add(teamId);
            reply({ id, kind: 'looking', teamId });
            return openTeamDb(teamId);
          },
          onProgress: progressFor(id),
        });
        if (!outcome.ok && message.request.expectTeamId === undefined) await discardUnlisted(looked);
        if (outcome.ok) {
          opened = { db: outcome.db, plan: outcome.plan };
          answer = { ok: true, preview: outcome.preview };
        } else {
          answer = outcome;
        }
      } finally {
        busy -= 1;
        letGoOfKeysIfIdle();
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
      if (outcome.ok) {
        opened = null;
        letGoOfKeysIfIdle();
      }
      reply({ id, kind: 'applied', outcome });
      return;
    }
    case 'folderFile': {
      const made = await withKey(message.teamId, message.key, () =>
        makeFolderFile(openTeamDb(message.teamId), message.request, message.secrets),
      );
      reply({ id, kind: 'folderFileMade', made }, [made.bytes.buffer]);
      return;
    }
    case 'folderBringIn': {
      const { keys } = await folderLocks(message.secrets);
      const result = await withKey(message.teamId, message.key, () =>
        bringInQuietly(openTeamDb(message.teamId), { bytes: message.bytes, keys }),
      );
      reply({ id, kind: 'folderBroughtIn', result });
      return;
    }
    case 'forget': {
      const teamId = opened?.db.teamId;
      opened = null;
      if (teamId !== undefined && message.discard) await deleteTeamDb(teamId);
      // Dropping the keys closes their databases too.
      letGoOfKeysIfIdle();
      reply({ id, kind: 'forgotten' });
      return;
    }
    case 'bringInHeld': {
      const outcome = await withKey(message.teamId, message.key, () =>
        bringInHeld(openTeamDb(message.teamId), message.bundleId, true, { onProgress: progressFor(id) }),
      );
      reply({ id, kind: 'broughtIn', outcomes: [outcome] });
      return;
    }
    case 'retryHeld': {
      const outcomes = await withKey(message.teamId, message.key, () =>
        retryHeldFiles(openTeamDb(message.teamId), { now: message.now }),
      );
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
