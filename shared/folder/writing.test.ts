import { describe, expect, it } from 'vitest';
import type { Area } from '../domain/tableDef';
import { stamp } from '../sync/testRecords';
import { emptyFolderState, type FolderState, type OwnFile } from './state';
import {
  BEHIND_GRACE_MS,
  CHANGE_DEBOUNCE_MS,
  CHANGE_MAX_WAIT_MS,
  FULL_EVERY_FILES,
  HEARTBEAT_MS,
  nextWrite,
  RECEIVED_DELAY_MS,
  type Pending,
} from './writing';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const SCOPE: Area[] = ['team', 'directory', 'cases'];
const NOTHING: Pending = { count: 0, local: false, firstAt: null, lastAt: null, wholeTables: false };

function own(seq: number, kind: OwnFile['kind'], at: number, bytes = 10_000): OwnFile {
  return {
    name: `file ${seq}`,
    seq,
    kind,
    bundleId: `bundle-${seq}`,
    at,
    bytes,
    scope: SCOPE,
    vectors: { cases: { me: stamp(seq, 'me') } },
  };
}

function written(...files: OwnFile[]): FolderState {
  return { ...emptyFolderState(), own: files, seq: files.at(-1)?.seq ?? 0 };
}

function context(state: FolderState, now = NOW) {
  return { now, scope: SCOPE, names: new Set(state.own.map((file) => file.name)) };
}

describe('when a PC writes to the team folder', () => {
  it('starts with a full file, so a PC arriving later can join from the folder alone', () => {
    expect(nextWrite(emptyFolderState(), NOTHING, context(emptyFolderState()))).toEqual({
      at: NOW,
      kind: 'full',
    });
  });

  it('writes changes made here a few seconds after the last one, and never later than half a minute', () => {
    const state = written(own(1, 'full', NOW - 60_000));
    const typing: Pending = {
      count: 3,
      local: true,
      firstAt: NOW - 2_000,
      lastAt: NOW - 1_000,
      wholeTables: false,
    };
    expect(nextWrite(state, typing, context(state))).toEqual({
      at: NOW - 1_000 + CHANGE_DEBOUNCE_MS,
      kind: 'changes',
    });
    const busy: Pending = { count: 40, local: true, firstAt: NOW - 29_000, lastAt: NOW, wholeTables: false };
    expect(nextWrite(state, busy, context(state))?.at).toBe(NOW - 29_000 + CHANGE_MAX_WAIT_MS);
  });

  it('writes changes that only came in from other PCs later, to say it has them', () => {
    const state = written(own(1, 'full', NOW - 60_000));
    const received: Pending = { count: 2, local: false, firstAt: NOW, lastAt: NOW, wholeTables: false };
    expect(nextWrite(state, received, context(state))).toEqual({
      at: NOW + RECEIVED_DELAY_MS,
      kind: 'changes',
    });
  });

  it('writes a full file now and then, after a large write, and when its own full file went', () => {
    const pending: Pending = { count: 1, local: true, firstAt: NOW, lastAt: NOW, wholeTables: false };
    const many = written(
      own(1, 'full', NOW),
      ...Array.from({ length: FULL_EVERY_FILES }, (_, i) => own(i + 2, 'changes', NOW)),
    );
    many.sinceFull = { count: FULL_EVERY_FILES, bytes: 100 };
    expect(nextWrite(many, pending, context(many))?.kind).toBe('full');

    const big = written(own(1, 'full', NOW, 10_000), own(2, 'changes', NOW));
    big.sinceFull = { count: 1, bytes: 6_000 };
    expect(nextWrite(big, pending, context(big))?.kind).toBe('full');

    const fresh = written(own(1, 'full', NOW));
    expect(nextWrite(fresh, { ...pending, wholeTables: true }, context(fresh))?.kind).toBe('full');
    expect(nextWrite(fresh, pending, { ...context(fresh), names: new Set() })).toEqual({
      at: NOW,
      kind: 'full',
    });
    expect(nextWrite(fresh, NOTHING, { ...context(fresh), scope: ['team'] })).toEqual({
      at: NOW,
      kind: 'full',
    });
  });

  it('writes nothing when nothing changed, but a small file a day so the others know it is there', () => {
    const state = written(own(1, 'full', NOW - 1_000));
    expect(nextWrite(state, NOTHING, context(state))).toBeNull();
    expect(nextWrite(state, NOTHING, context(state, NOW - 1_000 + HEARTBEAT_MS))).toEqual({
      at: NOW - 1_000 + HEARTBEAT_MS,
      kind: 'changes',
    });
  });

  it('writes a full file for a PC that goes on writing without ever showing it has this PC’s changes', () => {
    const state = written(
      own(1, 'full', NOW - 3 * BEHIND_GRACE_MS),
      own(2, 'changes', NOW - 2 * BEHIND_GRACE_MS),
    );
    state.peers = {
      other: {
        pcName: 'Reception',
        personName: 'Dee',
        seq: 9,
        createdAt: NOW - 10_000,
        scope: SCOPE,
        vectors: { cases: { me: stamp(1, 'me') } },
      },
    };
    expect(nextWrite(state, NOTHING, context(state))).toEqual({ at: NOW, kind: 'full' });
    const other = state.peers['other'];
    if (other) state.peers['other'] = { ...other, vectors: { cases: { me: stamp(2, 'me') } } };
    expect(nextWrite(state, NOTHING, context(state))).toBeNull();
  });
});
