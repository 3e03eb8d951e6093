import { describe, expect, it } from 'vitest';
import type { Area } from '../domain/tableDef';
import { stamp } from '../sync/testRecords';
import { folderFileName, type FolderFileKind } from './fileNames';
import type { FolderEntry } from './folderPort';
import { emptyFolderState, type FolderState, type OwnFile, type PeerNote } from './state';
import { filesToTidy, STALE_TEMPORARY_MS } from './tidy';

const TAG = '3f2a9c1d';
const ME = 'devicemine';
const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const SCOPE: Area[] = ['team', 'cases'];

function name(deviceId: string, seq: number, kind: FolderFileKind) {
  return folderFileName({ pcName: 'Desk', deviceId, teamTag: TAG, seq, kind });
}

function own(seq: number, kind: FolderFileKind): OwnFile {
  return {
    name: name(ME, seq, kind),
    seq,
    kind,
    bundleId: `b${seq}`,
    at: NOW,
    bytes: 1,
    scope: SCOPE,
    vectors: { cases: { [ME]: stamp(seq, ME) } },
  };
}

function peer(seenUpTo: number, scope: Area[] = SCOPE): PeerNote {
  return {
    pcName: 'Other',
    personName: 'O',
    seq: 1,
    createdAt: NOW,
    scope,
    vectors: { cases: { [ME]: stamp(seenUpTo, ME) } },
  };
}

function listing(names: string[], modifiedAt = NOW): FolderEntry[] {
  return names.map((entryName) => ({ name: entryName, size: 1, modifiedAt }));
}

function tidy(state: FolderState, names: string[], now = NOW) {
  return filesToTidy(listing(names), state, { deviceId: ME, teamTag: TAG, now });
}

const files = [own(1, 'full'), own(2, 'changes'), own(3, 'changes'), own(4, 'full'), own(5, 'changes')];
const mine = files.map((file) => file.name);

describe('tidying the team folder', () => {
  it('removes this PC’s files older than its newest full file once every other PC has seen them', () => {
    const others = [name('deviceaa', 1, 'full'), name('devicebb', 1, 'full')];
    const state = { ...emptyFolderState(), own: files, peers: { deviceaa: peer(5), devicebb: peer(2) } };
    // B has seen this PC's files up to the second only.
    expect(tidy(state, [...mine, ...others])).toEqual([mine[0], mine[1]]);
    state.peers.devicebb = peer(5);
    expect(tidy(state, [...mine, ...others])).toEqual([mine[0], mine[1], mine[2]]);
  });

  it('keeps its newest full file and every file after it, even when everyone has seen them', () => {
    const state = { ...emptyFolderState(), own: files, peers: { deviceaa: peer(99) } };
    const removed = tidy(state, [...mine, name('deviceaa', 1, 'full')]);
    expect(removed).not.toContain(mine[3]);
    expect(removed).not.toContain(mine[4]);
  });

  it('keeps files a PC in the folder has not shown it has seen, or whose files it could not read yet', () => {
    const state = { ...emptyFolderState(), own: files, peers: {} };
    expect(tidy(state, [...mine, name('deviceaa', 1, 'full')])).toEqual([]);
    // A PC whose files are all gone from the folder no longer holds anything back.
    expect(tidy(state, mine)).toEqual([mine[0], mine[1], mine[2]]);
  });

  it('judges only the areas both PCs share', () => {
    const state = { ...emptyFolderState(), own: files, peers: { deviceaa: peer(0, ['team', 'directory']) } };
    expect(tidy(state, [...mine, name('deviceaa', 1, 'full')])).toEqual([mine[0], mine[1], mine[2]]);
  });

  it('never touches another PC’s files, and leaves files of its own it knows nothing about', () => {
    const state = { ...emptyFolderState(), own: files.slice(3), peers: { deviceaa: peer(99) } };
    const old = name('deviceaa', 0, 'changes');
    expect(tidy(state, [...mine, old, name('deviceaa', 1, 'full')])).toEqual([]);
  });

  it('removes a sync tool’s copy of its own file beside the file, and its own temporary files left an hour', () => {
    const state = { ...emptyFolderState(), own: files, peers: {} };
    const stem = mine[4]?.replace(/\.joinedup$/, '');
    const copy = `${stem} (1).joinedup`;
    const conflict = `${stem}.sync-conflict-20261122-143005-ABCDEF7.joinedup`;
    const temp = `.${mine[4]}.0a1b2c3d.tmp`;
    const other = name('deviceaa', 1, 'full');
    expect(tidy(state, [...mine, other, copy, conflict, temp])).toEqual([copy, conflict]);
    expect(tidy(state, [...mine, other, temp], NOW + STALE_TEMPORARY_MS)).toEqual([temp]);
    expect(tidy(state, [other, copy])).toEqual([]);
  });
});
