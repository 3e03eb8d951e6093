import { describe, expect, it } from 'vitest';
import { stamp } from '../sync/testRecords';
import { folderFileName, type FolderFileId } from './fileNames';
import type { FolderEntry } from './folderPort';
import {
  noteFailure,
  noteWaiting,
  planReads,
  REPORT_UNREADABLE_AFTER_MS,
  retryDelay,
  worthTelling,
} from './reading';
import { emptyFolderState, type FolderState } from './state';

const TAG = '3f2a9c1d';
const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);

function nameOf(deviceId: string, seq: number, kind: FolderFileId['kind'] = 'changes', teamTag = TAG) {
  return folderFileName({ pcName: `PC ${deviceId}`, deviceId, teamTag, seq, kind });
}

function entry(name: string, size = 100, modifiedAt = NOW - 1000): FolderEntry {
  return { name, size, modifiedAt };
}

function plan(entries: FolderEntry[], state: FolderState = emptyFolderState()) {
  const result = planReads(entries, state, { teamTag: TAG, now: NOW, vectors: {} });
  return { reads: result.reads.map((target) => target.entry.name), otherTeam: result.otherTeam };
}

describe('reading the team folder', () => {
  it('reads each other PC’s newest full file first, then its later changes in order', () => {
    const files = [
      nameOf('deviceaa', 3),
      nameOf('deviceaa', 1, 'full'),
      nameOf('deviceaa', 5),
      nameOf('deviceaa', 4, 'full'),
      nameOf('deviceaa', 2),
    ];
    expect(plan(files.map((name) => entry(name))).reads).toEqual([
      nameOf('deviceaa', 4, 'full'),
      nameOf('deviceaa', 5),
      nameOf('deviceaa', 1, 'full'),
      nameOf('deviceaa', 2),
      nameOf('deviceaa', 3),
    ]);
  });

  it('leaves files it has taken in, or that a later file of the same PC covers, and their copies', () => {
    const state = { ...emptyFolderState(), frontier: { deviceaa: 7 } };
    const stem = nameOf('deviceaa', 7).replace(/\.joinedup$/, '');
    const files = [
      nameOf('deviceaa', 6),
      nameOf('deviceaa', 7),
      `${stem} (1).joinedup`,
      `${stem}.sync-conflict-20261122-143005-ABCDEF7.joinedup`,
      nameOf('deviceaa', 8),
    ];
    expect(
      plan(
        files.map((name) => entry(name)),
        state,
      ).reads,
    ).toEqual([nameOf('deviceaa', 8)]);
  });

  it('sets another team’s files aside without opening them, and reads a file someone put there by hand', () => {
    const result = plan([
      entry(nameOf('deviceaa', 1, 'full', 'b0b0b0b0')),
      entry('north-locality-team-2026-11-22.joinedup'),
      entry('.Front office PC - deviceaa - team 3f2a9c1d - 000002 changes.joinedup.0a1b2c3d.tmp'),
      entry('minutes.docx'),
    ]);
    expect(result.reads).toEqual(['north-locality-team-2026-11-22.joinedup']);
    expect(result.otherTeam).toEqual([nameOf('deviceaa', 1, 'full', 'b0b0b0b0')]);
  });

  it('tries a file that failed again only after a wait, or at once if it changed since', () => {
    const name = nameOf('deviceaa', 2);
    const note = noteFailure(undefined, entry(name), 'unreadable', NOW, () => 0.5);
    const state = { ...emptyFolderState(), files: { [name]: note } };
    expect(plan([entry(name)], state).reads).toEqual([]);
    expect(plan([entry(name, 200)], state).reads).toEqual([name]);
    const later = planReads([entry(name)], state, { teamTag: TAG, now: note.nextTryAt, vectors: {} });
    expect(later.reads).toHaveLength(1);
  });

  it('waits longer after each failure, a little differently on each PC, up to a quarter of an hour', () => {
    expect(retryDelay(1, () => 0.5)).toBe(5_000);
    expect(retryDelay(2, () => 0.5)).toBe(15_000);
    expect(retryDelay(99, () => 0.5)).toBe(15 * 60_000);
    expect(retryDelay(1, () => 0)).toBe(4_000);
    expect(retryDelay(1, () => 1)).toBe(6_000);
  });

  it('keeps a change file waiting for earlier changes until this PC has had them', () => {
    const name = nameOf('deviceaa', 5);
    const since = { cases: { deviceaa: stamp(40, 'deviceaa') } };
    const state = {
      ...emptyFolderState(),
      files: { [name]: noteWaiting(entry(name), since, 'deviceaa', NOW) },
    };
    const before = planReads([entry(name)], state, { teamTag: TAG, now: NOW + 3_600_000, vectors: {} });
    expect(before.reads).toEqual([]);
    const after = planReads([entry(name)], state, { teamTag: TAG, now: NOW, vectors: since });
    expect(after.reads).toHaveLength(1);
  });

  it('tells a person about an unreadable file only once it has stayed unreadable a long while', () => {
    const name = nameOf('deviceaa', 2);
    let note = noteFailure(undefined, entry(name), 'unreadable', NOW, Math.random);
    for (let tries = 0; tries < 5; tries += 1) {
      note = noteFailure(note, entry(name), 'unreadable', NOW + tries * 60_000, Math.random);
    }
    expect(note.failures).toBe(6);
    expect(worthTelling(note, NOW + 10 * 60_000)).toBe(false);
    expect(worthTelling(note, NOW + REPORT_UNREADABLE_AFTER_MS)).toBe(true);
    // A file that changed meanwhile is being written again: the clock starts afresh.
    const rewritten = noteFailure(
      note,
      entry(name, 999),
      'unreadable',
      NOW + REPORT_UNREADABLE_AFTER_MS,
      Math.random,
    );
    expect(rewritten.failures).toBe(1);
    expect(worthTelling(rewritten, NOW + REPORT_UNREADABLE_AFTER_MS + 1)).toBe(false);
  });

  it('tells at once about a file locked with a passphrase this PC does not know, or from a newer version', () => {
    const name = nameOf('deviceaa', 2);
    expect(worthTelling(noteFailure(undefined, entry(name), 'wrongKey', NOW, Math.random), NOW)).toBe(true);
    expect(worthTelling(noteFailure(undefined, entry(name), 'newerVersion', NOW, Math.random), NOW)).toBe(
      true,
    );
    expect(worthTelling(noteFailure(undefined, entry(name), 'busy', NOW, Math.random), NOW)).toBe(false);
  });
});
