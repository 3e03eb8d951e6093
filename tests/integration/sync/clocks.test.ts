/**
 * No clock can hold the team hostage: a file carrying a time more than a day ahead of this PC's clock — in a
 * record's change stamps or in what its sender says it has seen — is held back, not applied, with the PC named and
 * how far ahead; it comes in by itself once it is no longer ahead, or now if a team leader says so. The time is
 * never taken into this PC's clock until then, and a stamp can never grow past what the format holds.
 */
import { describe, expect, it } from 'vitest';
import type { BundleDocument } from '../../../shared/bundle/manifest';
import { MAX_STAMP_WALL, formatHlc, hlcWallTime, type Hlc } from '../../../shared/sync/hlc';
import { listHeldFiles } from '../../../renderer/db/heldFiles';
import { loadClock, updateRecord } from '../../../renderer/db/writer';
import { bringInQuietly } from '../../../renderer/features/sync/folderBringIn';
import { bringInHeld, retryHeldFiles } from '../../../renderer/features/sync/heldFilesPipeline';
import { bringInFile, type FileOutcome } from '../../../renderer/features/sync/pipeline';
import {
  caseOnTwoPcs,
  documentOf,
  dumpDb,
  exportToBytes,
  importBytes,
  importOk,
  lock,
  makePc,
  PASSPHRASE,
  type Pc,
  refusalOf,
  startTeam,
} from './harness';

const YEAR = 365 * 24 * 60 * 60 * 1000;

async function twoPcsWithNamedCase() {
  const pcs = await caseOnTwoPcs();
  await updateRecord(pcs.a.ctx, 'cases', pcs.caseId, { displayName: 'Child A.' });
  return pcs;
}

/** Re-dates the stamp of one case field, as if the PC `device` had written it at `wall`. */
function stampCaseField(document: BundleDocument, caseId: string, field: string, stamp: Hlc): void {
  for (const row of document.tables['cases'] ?? []) {
    if (typeof row === 'object' && row !== null && 'id' in row && row.id === caseId && 'stamps' in row)
      Object.assign(row.stamps ?? {}, { [field]: stamp });
  }
}

/** A file from `pc` whose vectors say it has seen its own changes three years from now. */
async function documentSeeingYearsAhead(pc: Pc): Promise<BundleDocument> {
  const document = await documentOf(pc);
  const ahead = formatHlc({ wall: Date.now() + 3 * YEAR, counter: 0, device: pc.ctx.deviceId });
  document.manifest.versionVectors.cases = {
    ...document.manifest.versionVectors.cases,
    [pc.ctx.deviceId]: ahead,
  };
  return document;
}

/** A file from `pc` in which the case's name was changed, so it says, by `device` at `wall`. */
async function documentWithNameStampedAt(
  pc: Pc,
  caseId: string,
  wall: number,
  device: string,
): Promise<BundleDocument> {
  const document = await documentOf(pc);
  stampCaseField(document, caseId, 'displayName', formatHlc({ wall, counter: 0, device }));
  return document;
}

/** Brings the file into B and expects it held back, with B's database exactly as it was. */
async function expectHeld(b: Pc, bytes: Uint8Array) {
  const before = await dumpDb(b.db);
  const result = await importBytes(b, bytes);
  if (!('held' in result))
    throw new Error(`Expected the file held back, got: ${refusalOf(result) || 'stored'}`);
  expect(await dumpDb(b.db)).toEqual(before);
  expect((await listHeldFiles(b.db)).map((row) => row.bundleId)).toEqual([result.held.bundleId]);
  return result.held;
}

let reviewDay = 0;

/**
 * The PC's next change after it restarts (the clock then starts from everything this PC has taken in): its stamp
 * must be dated about now, not wherever a file tried to move this PC's clock.
 */
async function nextStampOf(pc: Pc, caseId: string): Promise<Hlc> {
  pc.ctx.clock = await loadClock(pc.db, pc.ctx.deviceId);
  reviewDay = (reviewDay % 28) + 1;
  const nextReviewDate = `2026-09-${String(reviewDay).padStart(2, '0')}`;
  await updateRecord(pc.ctx, 'cases', caseId, { nextReviewDate });
  return (await pc.db.rows('cases').get(caseId))?.stamps['nextReviewDate'] ?? '';
}

describe('a file carrying a time far ahead of this PC’s clock', () => {
  it('is held back when its version vectors claim years ahead, naming the PC and its person', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const document = await documentSeeingYearsAhead(a);

    const held = await expectHeld(b, await lock(document));
    expect(held.clocks).toHaveLength(1);
    expect(held.clocks[0]).toMatchObject({ deviceId: a.ctx.deviceId, personName: 'Ana Silva' });
    expect(held.clocks[0]?.aheadMs).toBeGreaterThan(2.9 * YEAR);
    expect(hlcWallTime(await nextStampOf(b, caseId))).toBeLessThan(Date.now() + 60_000);
  });

  it('is held back, not applied, when the team folder brings it in, and is kept to come in by itself later', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    await updateRecord(a.ctx, 'cases', caseId, { displayName: 'Child B.' });
    const before = (await b.db.rows('cases').get(caseId))?.displayName;
    const document = await documentSeeingYearsAhead(a);

    const result = await bringInQuietly(b.db, {
      bytes: await lock(document),
      keys: { passphrases: [PASSPHRASE], identities: [] },
    });
    expect(result).toEqual({ outcome: { kind: 'heldBack', deviceId: a.ctx.deviceId }, maxStamp: undefined });
    expect((await b.db.rows('cases').get(caseId))?.displayName).toBe(before);
    expect((await listHeldFiles(b.db)).map((file) => file.bundleId)).toEqual([document.manifest.bundleId]);
  });

  it('is held back when a record’s change stamp is years ahead, naming a PC nobody here knows by its id', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const document = await documentWithNameStampedAt(a, caseId, Date.now() + 2 * YEAR, 'front-desk');

    const held = await expectHeld(b, await lock(document));
    expect(held.clocks[0]).toMatchObject({ deviceId: 'front-desk', personName: null });
    expect(hlcWallTime(await nextStampOf(b, caseId))).toBeLessThan(Date.now() + 60_000);
  });

  it('is held back at the largest stamp the format allows, and this PC goes on writing stamps every PC accepts', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const document = await documentOf(a);
    stampCaseField(
      document,
      caseId,
      'displayName',
      formatHlc({ wall: MAX_STAMP_WALL, counter: 0xffffff, device: 'front-desk' }),
    );
    await expectHeld(b, await lock(document));

    expect(hlcWallTime(await nextStampOf(b, caseId))).toBeLessThan(Date.now() + 60_000);
    await importOk(a, await exportToBytes(b));
    expect((await a.db.rows('cases').get(caseId))?.nextReviewDate).toMatch(/^2026-09-/);
  });

  it('is refused as damaged past the largest stamp the format allows, changing nothing', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const document = await documentOf(a);
    stampCaseField(document, caseId, 'displayName', '999999999999999-ffffff-front-desk');
    const before = await dumpDb(b.db);
    expect(refusalOf(await importBytes(b, await lock(document)))).toMatch(
      /did not pass checks \(1 record in cases\)/,
    );
    expect(await dumpDb(b.db)).toEqual(before);
  });

  it('comes in by itself once this PC’s clock has caught up, without the passphrase', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const later = Date.now() + 2 * YEAR;
    const document = await documentWithNameStampedAt(a, caseId, later, a.ctx.deviceId);
    await expectHeld(b, await lock(document));

    expect(await retryHeldFiles(b.db, { now: Date.now() })).toEqual([]);
    const [outcome] = await retryHeldFiles(b.db, { now: later - 60_000 });
    expect(outcome?.kind).toBe('applied');
    expect(await listHeldFiles(b.db)).toEqual([]);
    expect((await b.db.rows('cases').get(caseId))?.displayName).toBe('Child A.');
  });

  it('comes in now when a team leader says so, and this PC’s clock moves forward with it', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const later = Date.now() + 2 * YEAR;
    const document = await documentWithNameStampedAt(a, caseId, later, a.ctx.deviceId);
    const held = await expectHeld(b, await lock(document));

    const outcome = await bringInHeld(b.db, held.bundleId, true);
    if (outcome.kind !== 'applied') throw new Error(`Expected it brought in, got ${outcome.kind}`);
    if (outcome.maxStamp !== undefined) b.ctx.clock.receive(outcome.maxStamp);
    expect(await listHeldFiles(b.db)).toEqual([]);
    expect(hlcWallTime(await nextStampOf(b, caseId))).toBeGreaterThanOrEqual(later);
  });

  it('names a PC called by a name every object inherits as itself, never as a piece of code', async () => {
    const started = await startTeam();
    const document = await documentOf(started.a);
    const team = document.tables['team']?.[0];
    if (typeof team === 'object' && team !== null && 'stamps' in team)
      Object.assign(team.stamps ?? {}, {
        name: formatHlc({ wall: Date.now() + YEAR, counter: 0, device: 'toString' }),
      });
    // A PC joining holds nothing of the team yet: it is shown the file, with the PC whose clock is ahead.
    const fresh = await makePc('pc-new', started.teamId, 'Cleo Grant');
    const result = await importBytes(fresh, await lock(document), { join: true });
    if (!result.ok) throw new Error(refusalOf(result));
    expect(result.preview.clocksAhead).toEqual([
      { deviceId: 'toString', deviceName: null, personName: null, wallTime: expect.any(Number) as number },
    ]);
  });
});

describe('the clock counter-examples, from any one PC’s side', () => {
  it('a file claiming in its vectors to have seen a time years ahead never moves this PC’s clock there', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const document = await documentSeeingYearsAhead(a);
    await importBytes(b, await lock(document));
    expect(hlcWallTime(await nextStampOf(b, caseId))).toBeLessThan(Date.now() + 60_000);
  });

  it('a file carrying the largest stamp never leaves this PC writing stamps the others refuse', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    for (const largest of [
      formatHlc({ wall: MAX_STAMP_WALL, counter: 0xffffff, device: 'front-desk' }),
      '999999999999999-ffffff-front-desk',
    ]) {
      const document = await documentOf(a);
      stampCaseField(document, caseId, 'displayName', largest);
      await importBytes(b, await lock(document));
      await nextStampOf(b, caseId);
      expect(refusalOf(await importBytes(a, await exportToBytes(b)))).toBe('');
    }
  });
});

describe('a file brought in without a person', () => {
  const byItself = (pc: Pc, bytes: Uint8Array, passphrase = PASSPHRASE): Promise<FileOutcome> =>
    bringInFile(
      { bytes, passphrase, expectTeamId: pc.db.teamId },
      { dbFor: () => pc.db, onProgress: () => undefined },
    );

  it('comes to one of: stored, here already, held back for a clock, or needing a person', async () => {
    const { a, b, caseId } = await twoPcsWithNamedCase();
    const fromA = await exportToBytes(a);
    expect((await byItself(b, fromA)).kind).toBe('applied');
    expect((await b.db.rows('cases').get(caseId))?.displayName).toBe('Child A.');
    expect((await byItself(b, fromA)).kind).toBe('alreadyHere');

    const document = await documentWithNameStampedAt(a, caseId, Date.now() + YEAR, 'front-desk');
    const held = await byItself(b, await lock(document));
    expect(held.kind === 'heldBack' ? held.held.clocks.map((clock) => clock.deviceId) : held.kind).toEqual([
      'front-desk',
    ]);

    const refused = await byItself(b, await exportToBytes(a), 'not the passphrase');
    expect(refused.kind === 'needsPerson' ? refused.error?.kind : refused.kind).toBe('wrongPassphrase');
  });
});
