import { describe, expect, it } from 'vitest';
import type { FolderStatus, PeerStatus } from './status';
import { quietLine, statusLine, troubleWords } from './statusWords';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);

function peer(pcName: string, extra: Partial<PeerStatus> = {}): PeerStatus {
  return {
    deviceId: pcName,
    pcName,
    personName: null,
    lastHeardAt: NOW,
    inStep: true,
    quiet: false,
    ...extra,
  };
}

function status(extra: Partial<FolderStatus> = {}): FolderStatus {
  return {
    checkedAt: NOW,
    troubles: [],
    peers: [peer('Front office PC'), peer('Reception'), peer('Meeting room'), peer('Sam’s laptop')],
    lastChange: { pcName: 'Front office PC', at: NOW - 3 * 60_000 },
    waitingToGoSince: null,
    busy: null,
    ...extra,
  };
}

describe('the team folder’s status in words', () => {
  it('says how many PCs this one is up to date with and where the last change came from', () => {
    expect(statusLine(status(), NOW)).toEqual({
      text: 'Up to date with 4 PCs · last change from Front office PC 3 minutes ago',
      tone: 'ok',
    });
    const behind = status({
      peers: [peer('Front office PC'), peer('Reception', { inStep: false })],
      lastChange: null,
    });
    expect(statusLine(behind, NOW)).toEqual({ text: 'Up to date with 1 of 2 PCs', tone: 'waiting' });
    const catchingUp = status({ peers: [peer('Front office PC', { inStep: false })], lastChange: null });
    expect(statusLine(catchingUp, NOW).text).toBe('Catching up with Front office PC');
    expect(statusLine(status({ peers: [], lastChange: null }), NOW).text).toBe(
      'No other PC uses the team folder yet',
    );
    expect(statusLine(status({ waitingToGoSince: NOW }), NOW).text).toContain(
      'your latest changes go to the folder',
    );
  });

  it('says what is wrong first, in plain words', () => {
    expect(statusLine(status({ troubles: [{ kind: 'gone' }] }), NOW)).toEqual({
      text: 'The team folder cannot be reached. Your work is kept on this PC and goes to the folder when it is back.',
      tone: 'problem',
    });
    expect(
      statusLine(status({ troubles: [{ kind: 'wrongKey', pcNames: ['Reception', 'Meeting room'] }] }), NOW)
        .text,
    ).toBe(
      'Files from Reception and Meeting room are locked with a passphrase this PC does not know. If the team changed its passphrase, type the new one.',
    );
    expect(
      statusLine(status({ troubles: [{ kind: 'newerVersion', pcNames: ['Reception'] }] }), NOW).text,
    ).toBe(
      'Reception uses a newer version of Joined Up. Update Joined Up on this PC to take in its changes.',
    );
    expect(statusLine(status({ checkedAt: null }), NOW).text).toBe('Looking at the team folder…');
  });

  it('names the PCs not heard from in two weeks with their person', () => {
    const quiet = status({
      peers: [
        peer('Sam’s laptop', { quiet: true, personName: 'Sam Okafor' }),
        peer('Reception', { quiet: true }),
      ],
    });
    expect(quietLine(quiet)).toBe('Not heard from in 14 days: Sam’s laptop (Sam Okafor) and Reception.');
    expect(quietLine(status())).toBeNull();
  });

  it('never uses words from the machinery', () => {
    const texts = [
      statusLine(status(), NOW).text,
      ...(['gone', 'denied', 'cannotWrite'] as const).map(
        (kind) => statusLine(status({ troubles: [{ kind }] }), NOW).text,
      ),
      troubleWords({ kind: 'otherTeam', count: 2 }),
      troubleWords({ kind: 'unreadable', names: ['a.joinedup', 'b.joinedup'] }),
    ];
    for (const text of texts) expect(text).not.toMatch(/sync|conflict|HLC|stamp|tombstone|vector/i);
  });
});
