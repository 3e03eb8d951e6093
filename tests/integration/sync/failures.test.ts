import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encryptBytes } from '../../../shared/bundle/crypto';
import type { BundleErrorKind } from '../../../shared/bundle/errors';
import { BUNDLE_FORMAT_VERSION } from '../../../shared/bundle/manifest';
import { createRecord } from '../../../renderer/db/writer';
import {
  caseOnTwoPcs,
  documentOf,
  dumpDb,
  exportToBytes,
  importBytes,
  lock,
  PASSPHRASE,
  type Pc,
  refusalOf,
  TEST_ENCRYPTION,
} from './harness';

async function twoPcsWithACaseEach() {
  const pcs = await caseOnTwoPcs();
  await createRecord(pcs.b.ctx, 'cases', {
    reference: 'JU-0050',
    columnId: pcs.columnIds[0] ?? '',
    openedAt: '2026-01-06',
  });
  return pcs;
}

/** Brings the file into B and expects the given refusal, with B's database exactly as it was. */
async function expectRefused(b: Pc, bytes: Uint8Array, kind: BundleErrorKind, passphrase = PASSPHRASE) {
  const before = await dumpDb(b.db);
  const result = await importBytes(b, bytes, { passphrase });
  expect('error' in result ? result.error.kind : 'opened').toBe(kind);
  expect(await dumpDb(b.db)).toEqual(before);
  return refusalOf(result);
}

describe('a file that cannot be brought in', () => {
  it('is refused with its own plain message for each fault, and leaves the database exactly as it was', async () => {
    const { a, b } = await twoPcsWithACaseEach();
    const good = await exportToBytes(a);
    const messages = new Set<string>();

    const flipped = good.slice();
    const at = Math.floor(flipped.length * 0.7);
    flipped[at] = (flipped[at] ?? 0) ^ 0x40;
    messages.add(await expectRefused(b, flipped, 'damaged'));
    messages.add(await expectRefused(b, good.slice(0, good.length - 100), 'damaged'));
    messages.add(await expectRefused(b, good, 'wrongPassphrase', 'kettle orbit meadow viola'));

    const other = await documentOf(a);
    other.manifest.teamId = 'another-team';
    other.manifest.teamName = 'South Team';
    const otherMessage = await expectRefused(b, await lock(other), 'otherTeam');
    expect(otherMessage).toContain('South Team');
    messages.add(otherMessage);

    const newer = await documentOf(a);
    newer.manifest.formatVersion = BUNDLE_FORMAT_VERSION + 1;
    newer.manifest.appVersion = '3.0.0';
    const newerMessage = await expectRefused(b, await lock(newer), 'newerVersion');
    expect(newerMessage).toContain('3.0.0');
    messages.add(newerMessage);

    const notJson = await encryptBytes(
      gzipSync(new TextEncoder().encode('{"manifest": ')),
      PASSPHRASE,
      TEST_ENCRYPTION,
    );
    messages.add(await expectRefused(b, notJson, 'notABundle'));

    const invalid = await documentOf(a);
    const cases = invalid.tables['cases'] ?? [];
    cases[0] = { ...(cases[0] as object), openedAt: 'last Tuesday' };
    const invalidMessage = await expectRefused(b, await lock(invalid), 'invalidRecords');
    expect(invalidMessage).toContain('1 record in cases');
    messages.add(invalidMessage);

    const poisoned = await documentOf(a);
    const json = JSON.stringify(poisoned).replace('"reference":', '"__proto__":{"admin":true},"reference":');
    const poisonedBytes = await encryptBytes(
      gzipSync(new TextEncoder().encode(json)),
      PASSPHRASE,
      TEST_ENCRYPTION,
    );
    messages.add(await expectRefused(b, poisonedBytes, 'unsafeContent'));
    const withConstructor = JSON.stringify(poisoned).replace(
      '"reference":',
      '"constructor":{"x":1},"reference":',
    );
    await expectRefused(
      b,
      await encryptBytes(gzipSync(new TextEncoder().encode(withConstructor)), PASSPHRASE, TEST_ENCRYPTION),
      'unsafeContent',
    );

    const duplicated = await documentOf(a);
    const members = duplicated.tables['members'] ?? [];
    duplicated.tables['members'] = [...members, members[0]];
    duplicated.manifest.counts['members'] = members.length + 1;
    messages.add(await expectRefused(b, await lock(duplicated), 'duplicateIds'));

    // Every kind of refusal said something different (a damaged and a cut-short file are one kind).
    expect(messages.size).toBe(8);
  });

  it('refuses records that point to a case neither in the file nor on this PC, naming the area', async () => {
    const { a, b } = await twoPcsWithACaseEach();
    const document = await documentOf(a);
    document.tables['cases'] = [];
    document.manifest.counts['cases'] = 0;
    const started = document.tables['members']?.[0] as Record<string, unknown>;
    document.tables['members'] = [{ ...started, supervisorId: '99999999-9999-4999-8999-999999999999' }];
    document.manifest.counts['members'] = 1;
    const message = await expectRefused(b, await lock(document), 'missingReferences');
    expect(message).toContain('people in the directory');
  });

  it('refuses 50 MB of random bytes quickly and plainly', async () => {
    const { b } = await twoPcsWithACaseEach();
    const noise = new Uint8Array(50 * 1024 * 1024);
    for (let start = 0; start < noise.length; start += 65536)
      crypto.getRandomValues(noise.subarray(start, start + 65536));
    await expectRefused(b, noise, 'notABundle');
  });
});
