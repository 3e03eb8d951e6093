/**
 * Messages between the interface and the bundle worker. Everything that crosses is plain data; a bundle's rows and
 * the import plan stay inside the worker, and only the small preview comes back.
 */
import type { BundleError } from '../../../shared/bundle/errors';
import type { MadeFile } from '../../../shared/folder/engine';
import type { ExportRequest } from '../../db/exportBundle';
import type { FolderFileRequest } from '../../db/folderFiles';
import type { QuietResult } from './folderBringIn';
import type { FolderSecrets } from './folderFile';
import type {
  ApplyOutcome,
  ExportOutput,
  FileOutcome,
  HeldBack,
  ImportPreview,
  OpenRequest,
  Step,
} from './pipeline';

export type OpenReply =
  | { ok: true; preview: ImportPreview }
  | { ok: false; error: BundleError }
  | { ok: false; held: HeldBack }
  | { ok: false; cancelled: true };

/** A request naming a team carries the team's data key: the worker holds no key of its own (bundleWorker.ts). */
export type WorkerRequest =
  | {
      id: number;
      kind: 'export';
      teamId: string;
      key: Uint8Array;
      request: ExportRequest;
      passphrase: string;
    }
  | { id: number; kind: 'open'; request: OpenRequest }
  | { id: number; kind: 'apply' }
  /** Lets go of an opened file; `discard` also removes a team database made only to look at a file. */
  | { id: number; kind: 'forget'; discard: boolean }
  /** The team folder: make this PC's next file, or bring one in with no question asked. */
  | {
      id: number;
      kind: 'folderFile';
      teamId: string;
      key: Uint8Array;
      request: FolderFileRequest;
      secrets: FolderSecrets;
    }
  | {
      id: number;
      kind: 'folderBringIn';
      teamId: string;
      key: Uint8Array;
      bytes: Uint8Array;
      secrets: FolderSecrets;
    }
  /** A held-back file, now: a team leader checked the clock of the PC that is ahead. */
  | { id: number; kind: 'bringInHeld'; teamId: string; key: Uint8Array; bundleId: string }
  /** Every held-back file that is no longer ahead of this PC's clock. */
  | { id: number; kind: 'retryHeld'; teamId: string; key: Uint8Array; now: number };

export type WorkerReply =
  | { id: number; kind: 'progress'; step: Step; fraction: number }
  /** The file being opened belongs to this team: its database may have been made just to look at it. */
  | { id: number; kind: 'looking'; teamId: string }
  | { id: number; kind: 'exported'; output: ExportOutput }
  | { id: number; kind: 'opened'; reply: OpenReply }
  | { id: number; kind: 'applied'; outcome: ApplyOutcome }
  | { id: number; kind: 'broughtIn'; outcomes: FileOutcome[] }
  | { id: number; kind: 'forgotten' }
  | { id: number; kind: 'folderFileMade'; made: MadeFile }
  | { id: number; kind: 'folderBroughtIn'; result: QuietResult }
  | { id: number; kind: 'failed'; message: string };
