import { describe, expect, it } from 'vitest';
import { stamp } from '../sync/testRecords';
import { folderFileName } from './fileNames';
import { noteFailure, REPORT_UNREADABLE_AFTER_MS } from './reading';
import { emptyFolderState, type FolderState } from './state';
import { folderStatus, QUIET_AFTER_MS, type StatusInput } from './status';

const TAG = '3f2a9c1d';
const ME = 'devicemine';
const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const DAY = 24 * 60 * 60_000;

function name(deviceId: string, pcName: string, seq: number) {
  return folderFileName({ pcName, deviceId, teamTag: TAG, seq, kind: 'changes' });
}

function input(state: FolderState, names: string[], extra: Partial<StatusInput> = {}): StatusInput {
  return {
    entries: names.map((entryName) => ({ name: entryName, size: 1, modifiedAt: NOW - DAY })),
    state,
    deviceId: ME,
    teamTag: TAG,
    now: NOW,
    checkedAt: NOW,
    troubles: [],
    waitingToGoSince: null,
    busy: null,
    ...extra,
  };
}

function withMine(): FolderState {
  const state = emptyFolderState();
  state.own = [
    {
      name: name(ME, 'Mine', 3),
      seq: 3,
      kind: 'changes',
      bundleId: 'b3',
      at: NOW - 60_000,
      bytes: 1,
      scope: ['team', 'cases'],
      vectors: { cases: { [ME]: stamp(30, ME), deviceaa: stamp(9, 'deviceaa') } },
    },
  ];
  return state;
}

describe('where this PC stands with the team folder', () => {
  it('counts a PC as in step once each has the other’s latest changes', () => {
    const state = withMine();
    state.frontier = { deviceaa: 4, devicebb: 2 };
    state.peers = {
      deviceaa: {
        pcName: 'Front office PC',
        personName: 'Ana Silva',
        seq: 4,
        createdAt: NOW - 3 * 60_000,
        scope: ['team', 'cases'],
        vectors: { cases: { [ME]: stamp(30, ME) } },
      },
      devicebb: {
        pcName: 'Reception',
        personName: 'Ben Clarke',
        seq: 2,
        createdAt: NOW - 60_000,
        scope: ['team', 'cases'],
        vectors: { cases: { [ME]: stamp(20, ME) } },
      },
    };
    state.lastChange = { deviceId: 'deviceaa', at: NOW - 3 * 60_000 };
    const status = folderStatus(
      input(state, [
        name('deviceaa', 'Front office PC', 4),
        name('devicebb', 'Reception', 2),
        name('devicecc', 'Laptop', 1),
      ]),
    );
    expect(status.peers.map((peer) => [peer.pcName, peer.inStep])).toEqual([
      ['Front office PC', true],
      // This PC has not read the laptop's file yet.
      ['Laptop', false],
      // Reception has not shown it has this PC's latest changes.
      ['Reception', false],
    ]);
    expect(status.lastChange).toEqual({ pcName: 'Front office PC', at: NOW - 3 * 60_000 });
  });

  it('names the PCs not heard from in two weeks, with the person who last used them', () => {
    const state = withMine();
    state.peers.deviceaa = {
      pcName: 'Sam’s laptop',
      personName: 'Sam Okafor',
      seq: 1,
      createdAt: NOW - QUIET_AFTER_MS - 1,
      scope: ['team'],
      vectors: {},
    };
    const status = folderStatus(input(state, [name('deviceaa', 'Sam’s laptop', 1)]));
    expect(status.peers).toEqual([
      expect.objectContaining({ pcName: 'Sam’s laptop', personName: 'Sam Okafor', quiet: true }),
    ]);
  });

  it('reports files that stayed unreadable, and PCs whose files need a passphrase this PC does not know', () => {
    const state = withMine();
    const late = name('deviceaa', 'Front office PC', 9);
    const locked = name('devicebb', 'Reception', 2);
    const entry = { name: late, size: 1, modifiedAt: NOW };
    state.files[late] = noteFailure(
      undefined,
      entry,
      'unreadable',
      NOW - REPORT_UNREADABLE_AFTER_MS,
      Math.random,
    );
    state.files[locked] = {
      ...noteFailure(undefined, { ...entry, name: locked }, 'wrongKey', NOW, Math.random),
      deviceId: 'devicebb',
    };
    const status = folderStatus(input(state, [late, locked]));
    expect(status.troubles).toEqual([
      { kind: 'wrongKey', pcNames: ['Reception'] },
      { kind: 'unreadable', names: [late] },
    ]);
  });
});
