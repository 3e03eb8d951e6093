/**
 * The team folder, one round at a time: look at the folder, bring in every file this PC still needs, write this
 * PC's next file when one is due, tidy this PC's old files, and say where things stand. Pure: the folder, this PC's
 * data and the clock are all passed in, so tests drive it with an in-memory folder and a made-up clock.
 */
import type { Area } from '../domain/tableDef';
import { mergeVectors, type VersionVectors } from '../sync/versionVector';
import { folderFileName, parseFolderName, type FolderFileId, type FolderFileKind } from './fileNames';
import { folderProblemOf, type FolderEntry, type FolderPort } from './folderPort';
import { noteFailure, noteWaiting, planReads, problemOf, type ReadTarget } from './reading';
import { folderStatus, type FolderStatus, type FolderTrouble } from './status';
import {
  emptyFolderState,
  lastWritten,
  type BringInOutcome,
  type FileFacts,
  type FileNote,
  type FolderState,
  type OwnFile,
} from './state';
import { filesToTidy, TIDY_EVERY_MS } from './tidy';
import { nextWrite, type Pending } from './writing';

/** This PC's side of the folder: its remembered state, its changes and its import pipeline. */
export interface FolderTeamSide {
  loadState(): Promise<FolderState | null>;
  saveState(state: FolderState): Promise<void>;
  /** Changes made or brought in since this PC's last file. */
  pending(): Promise<Pending>;
  /** What this PC has seen now. */
  vectors(): Promise<VersionVectors>;
  makeFile(request: MakeFileRequest): Promise<MadeFile>;
  /** Keeps `state` (the file is now this PC's latest) and forgets the changes the file carried, in one step. */
  fileWritten(made: MadeFile, state: FolderState): Promise<void>;
  bringIn(bytes: Uint8Array): Promise<BringInOutcome>;
}

export interface MakeFileRequest {
  kind: FolderFileKind;
  /** For a change file: what this PC had seen at its previous file. */
  since: VersionVectors | null;
  scope: Area[];
  pcName: string;
}

export interface MadeFile {
  bytes: Uint8Array;
  bundleId: string;
  createdAt: number;
  vectors: VersionVectors;
  scope: Area[];
  /** Which noted changes the file carries, to forget once it is in the folder. */
  consumed: readonly string[];
}

export interface FolderEngineOptions {
  port: FolderPort;
  side: FolderTeamSide;
  deviceId: string;
  teamTag: string;
  pcName: () => string;
  scope: () => Area[];
  now: () => number;
  random: () => number;
}

export interface CycleResult {
  status: FolderStatus;
  /** When this PC should next write (so the runner can wake up then); null when nothing waits. */
  nextWriteAt: number | null;
}

/** Passes over the folder in one round: a change file may need the files read in an earlier pass. */
const MAX_PASSES = 8;

export class FolderEngine {
  private state: FolderState | null = null;
  private entries: FolderEntry[] = [];
  private checkedAt: number | null = null;
  private trouble: { gone: boolean; denied: boolean; cannotWrite: boolean } = {
    gone: false,
    denied: false,
    cannotWrite: false,
  };
  private otherTeamFiles = 0;
  private busy: FolderStatus['busy'] = null;
  private waitingToGoSince: number | null = null;

  constructor(private readonly options: FolderEngineOptions) {}

  /** One round; never throws for anything the folder or a file does. */
  async cycle(): Promise<CycleResult> {
    const { side, now } = this.options;
    const state = await this.loadState();
    const listed = await this.list();
    let wrote = false;
    if (listed) {
      await this.readAll(state);
      this.checkedAt = now();
    }
    const pending = await side.pending();
    const names = new Set(this.entries.map((entry) => entry.name));
    let due = nextWrite(state, pending, { now: now(), scope: this.options.scope(), names });
    if (listed && due && due.at <= now()) {
      wrote = await this.write(state, due.kind);
      due = nextWrite(state, await side.pending(), { now: now(), scope: this.options.scope(), names });
    }
    if (listed && (wrote || now() - state.lastTidyAt >= TIDY_EVERY_MS)) await this.tidy(state);
    const after = await side.pending();
    this.waitingToGoSince = after.local && after.count > 0 ? after.firstAt : null;
    await side.saveState(state);
    return { status: this.status(), nextWriteAt: due?.at ?? null };
  }

  status(): FolderStatus {
    const troubles: FolderTrouble[] = [];
    if (this.trouble.gone) troubles.push({ kind: 'gone' });
    if (this.trouble.denied) troubles.push({ kind: 'denied' });
    if (this.trouble.cannotWrite) troubles.push({ kind: 'cannotWrite' });
    const otherTeam =
      this.otherTeamFiles +
      Object.values(this.state?.files ?? {}).filter((note) => note.problem === 'otherTeam').length;
    if (otherTeam > 0 && !this.state?.otherTeamDismissed)
      troubles.push({ kind: 'otherTeam', count: otherTeam });
    return folderStatus({
      entries: this.entries,
      state: this.state ?? emptyFolderState(),
      deviceId: this.options.deviceId,
      teamTag: this.options.teamTag,
      now: this.options.now(),
      checkedAt: this.checkedAt,
      troubles,
      waitingToGoSince: this.waitingToGoSince,
      busy: this.busy,
    });
  }

  /** The person has read the notice about another team's files: it is not shown again. */
  async dismissOtherTeam(): Promise<void> {
    const state = await this.loadState();
    state.otherTeamDismissed = true;
    await this.options.side.saveState(state);
  }

  private async loadState(): Promise<FolderState> {
    this.state ??= (await this.options.side.loadState()) ?? emptyFolderState();
    return this.state;
  }

  private async list(): Promise<boolean> {
    try {
      this.entries = await this.options.port.list();
      this.trouble.gone = false;
      this.trouble.denied = false;
      return true;
    } catch (error) {
      const problem = folderProblemOf(error);
      this.trouble.denied = problem === 'denied';
      this.trouble.gone = problem !== 'denied';
      return false;
    }
  }

  private async readAll(state: FolderState): Promise<void> {
    const { side, now, random } = this.options;
    const present = new Set(this.entries.map((entry) => entry.name));
    state.files = Object.fromEntries(Object.entries(state.files).filter(([name]) => present.has(name)));
    this.busy = 'reading';
    try {
      for (let pass = 0; pass < MAX_PASSES; pass += 1) {
        const plan = planReads(this.entries, state, {
          teamTag: this.options.teamTag,
          now: now(),
          vectors: await side.vectors(),
        });
        this.otherTeamFiles = plan.otherTeam.length;
        const blocked = new Set<string>();
        let progress = false;
        for (const target of plan.reads) {
          const device = target.id?.deviceId;
          if (device && (blocked.has(device) || (target.id?.seq ?? 0) <= (state.frontier[device] ?? 0)))
            continue;
          const outcome = await this.readOne(target);
          if (outcome === 'gone') return;
          if (outcome === null) continue;
          if (outcome.kind === 'applied' || outcome.kind === 'alreadyReceived') {
            this.noteDone(state, target, outcome);
            progress = true;
          } else if (outcome.kind === 'needsEarlierFiles') {
            const { since, deviceId } = outcome;
            state.files[target.entry.name] = noteWaiting(target.entry, since, deviceId, now());
            // Its later files need the same earlier changes: leave them until those have come in.
            if (device) blocked.add(device);
          } else if (outcome.kind === 'otherTeam') {
            // It will never be this team's: left alone for good, and counted for the one notice.
            state.files[target.entry.name] = { ...doneNote(target.entry, null), problem: 'otherTeam' };
          } else {
            // Anything else is tried again later, and told to a person when it stays that way (reading.ts).
            const before = state.files[target.entry.name];
            const note = noteFailure(before, target.entry, problemOf(outcome) ?? 'unreadable', now(), random);
            state.files[target.entry.name] = { ...note, deviceId: device ?? note.deviceId };
          }
        }
        if (!progress) return;
      }
    } finally {
      this.busy = null;
    }
  }

  /** Reads one file and brings it in; null when the file went or is busy (noted), 'gone' when the folder went. */
  private async readOne(target: ReadTarget): Promise<BringInOutcome | null | 'gone'> {
    const { port, side, now, random } = this.options;
    const state = this.state ?? emptyFolderState();
    let bytes: Uint8Array;
    try {
      bytes = await port.read(target.entry.name);
    } catch (error) {
      const problem = folderProblemOf(error);
      if (problem === 'missing') {
        state.files = forget(state.files, target.entry.name);
        return null;
      }
      if (problem === 'gone') {
        this.trouble.gone = true;
        return 'gone';
      }
      state.files[target.entry.name] = noteFailure(
        state.files[target.entry.name],
        target.entry,
        'busy',
        now(),
        random,
      );
      return null;
    }
    return side.bringIn(bytes);
  }

  private noteDone(
    state: FolderState,
    target: ReadTarget,
    outcome: BringInOutcome & { facts: FileFacts },
  ): void {
    const { facts } = outcome;
    const { id } = target;
    if (id) {
      state.frontier[id.deviceId] = Math.max(state.frontier[id.deviceId] ?? 0, id.seq);
      state.files = forget(state.files, target.entry.name);
    } else {
      state.files[target.entry.name] = doneNote(target.entry, facts.deviceId);
    }
    if (facts.deviceId !== this.options.deviceId) notePeer(state, facts, id);
    if (outcome.kind === 'applied' && outcome.changes > 0 && facts.createdAt > (state.lastChange?.at ?? 0)) {
      state.lastChange = { deviceId: facts.deviceId, at: facts.createdAt };
    }
  }

  private async write(state: FolderState, kind: FolderFileKind): Promise<boolean> {
    const { port, side, now, deviceId, teamTag } = this.options;
    const highestInFolder = Math.max(
      0,
      ...this.entries.map((entry) => {
        const parsed = parseFolderName(entry.name);
        return parsed.type === 'team-file' && parsed.id.deviceId === deviceId ? parsed.id.seq : 0;
      }),
    );
    const seq = Math.max(state.seq, highestInFolder) + 1;
    const previous = lastWritten(state);
    const scope = this.options.scope();
    const pcName = this.options.pcName();
    this.busy = 'writing';
    try {
      const made = await side.makeFile({
        kind,
        since: kind === 'changes' && previous ? previous.vectors : null,
        scope,
        pcName,
      });
      const id: FolderFileId = { pcName, deviceId, teamTag, seq, kind };
      const name = folderFileName(id);
      try {
        await port.write(name, made.bytes);
      } catch (error) {
        const problem = folderProblemOf(error);
        if (problem === 'gone') this.trouble.gone = true;
        else this.trouble.cannotWrite = true;
        return false;
      }
      this.trouble.cannotWrite = false;
      const file: OwnFile = {
        name,
        seq,
        kind,
        bundleId: made.bundleId,
        at: made.createdAt,
        bytes: made.bytes.byteLength,
        scope: made.scope,
        vectors: made.vectors,
      };
      state.seq = seq;
      state.own.push(file);
      state.frontier[deviceId] = seq;
      if (kind === 'full') {
        state.sinceFull = { count: 0, bytes: 0 };
        state.helpedAt = now();
      } else {
        state.sinceFull = {
          count: state.sinceFull.count + 1,
          bytes: state.sinceFull.bytes + file.bytes,
        };
      }
      await side.fileWritten(made, state);
      this.entries.push({ name, size: file.bytes, modifiedAt: now() });
      return true;
    } finally {
      this.busy = null;
    }
  }

  private async tidy(state: FolderState): Promise<void> {
    const { port, now, deviceId, teamTag } = this.options;
    const removed = new Set<string>();
    for (const name of filesToTidy(this.entries, state, { deviceId, teamTag, now: now() })) {
      try {
        await port.remove(name);
        removed.add(name);
      } catch {
        // Left for the next tidy: a file another program holds open cannot always be removed at once.
      }
    }
    const present = new Set(this.entries.map((entry) => entry.name).filter((name) => !removed.has(name)));
    const newestFull = state.own.findLast((file) => file.kind === 'full')?.seq ?? 0;
    // Forget removed files, and older ones someone removed by hand; the newest full file and later ones stay known.
    state.own = state.own.filter((file) => file.seq >= newestFull || present.has(file.name));
    this.entries = this.entries.filter((entry) => !removed.has(entry.name));
    state.lastTidyAt = now();
  }
}

function forget(files: Record<string, FileNote>, name: string): Record<string, FileNote> {
  return Object.fromEntries(Object.entries(files).filter(([key]) => key !== name));
}

function doneNote(entry: FolderEntry, deviceId: string | null): FileNote {
  return {
    size: entry.size,
    modifiedAt: entry.modifiedAt,
    failures: 0,
    firstFailedAt: null,
    nextTryAt: 0,
    problem: null,
    deviceId,
    waitingFor: null,
    done: true,
  };
}

/** What another PC's file says about it: its knowledge only grows, so what any of its files showed still holds. */
function notePeer(state: FolderState, facts: FileFacts, id: FolderFileId | null): void {
  const before = state.peers[facts.deviceId];
  const newer = !before || facts.createdAt >= before.createdAt;
  state.peers[facts.deviceId] = {
    pcName: (newer ? (facts.deviceName ?? id?.pcName) : before.pcName) ?? before?.pcName ?? 'another PC',
    personName: newer ? facts.personName : before.personName,
    seq: Math.max(before?.seq ?? 0, id?.seq ?? 0),
    createdAt: Math.max(before?.createdAt ?? 0, facts.createdAt),
    scope: [...new Set([...(before?.scope ?? []), ...facts.scope])],
    vectors: mergeVectors(before?.vectors ?? {}, facts.vectors),
  };
}
