import { Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEST_TABLES } from '../sync/testRecords';
import { decodeBundle, encodeBundle, type BundleExpectations } from './bundle';
import { createBundleDocument } from './document';
import { BUNDLE_FORMAT_VERSION } from './manifest';
import { DEFAULT_WORK_FACTOR, decryptBundle, encryptBytes } from './crypto';
import type { BundleErrorKind, BundleResult } from './errors';
import { parseBundle } from './parse';
import { PASSPHRASE, TEAM_ID, TEST_WORK_FACTOR, makeDocument, makeNote, makePerson } from './testBundles';
import { validateBundle } from './validate';

const EXPECT: BundleExpectations = { tables: TEST_TABLES, schemaVersion: 1, teamId: TEAM_ID };

function encode(document = makeDocument()) {
  return encodeBundle(document, PASSPHRASE, { workFactor: TEST_WORK_FACTOR });
}

async function encryptRaw(contents: Uint8Array) {
  return encryptBytes(contents, PASSPHRASE, { workFactor: TEST_WORK_FACTOR });
}

function kindOf<T>(result: BundleResult<T>): BundleErrorKind | 'ok' {
  return result.ok ? 'ok' : result.error.kind;
}

function textOfHeader(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 200));
}

describe('a bundle made and opened with the team passphrase', () => {
  it('brings back the same records, with defaults filled in for fields an older copy left out', async () => {
    const note = makeNote();
    delete note.tags;
    const result = await decodeBundle(
      await encode(makeDocument({ people: [makePerson()], notes: [note] })),
      PASSPHRASE,
      EXPECT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tables.people).toEqual([makePerson()]);
    expect(result.value.tables.notes?.[0]?.tags).toEqual([]);
    expect(result.value.manifest.teamName).toBe('Riverside Family Team');
  });

  it('can be opened step by step, so the slow work happens before the database is touched', async () => {
    const gzip = await decryptBundle(await encode(), PASSPHRASE);
    expect(gzip.ok).toBe(true);
    if (!gzip.ok) return;
    const parsed = parseBundle(gzip.value, EXPECT);
    expect(parsed.ok && parsed.value.manifest.scope).toEqual(['team', 'directory', 'cases']);
    if (!parsed.ok) return;
    expect(kindOf(await validateBundle(parsed.value, EXPECT))).toBe('ok');
  });

  it('is a standard age file locked with scrypt, so the age tool can open it too', async () => {
    const header = textOfHeader(await encode());
    expect(header.startsWith('age-encryption.org/v1\n-> scrypt ')).toBe(true);
    expect(header.split('\n')[1]?.endsWith(` ${TEST_WORK_FACTOR}`)).toBe(true);
  });

  it('uses a sound scrypt work factor unless told otherwise, and refuses a silly one', async () => {
    expect(DEFAULT_WORK_FACTOR).toBeGreaterThanOrEqual(16);
    await expect(encryptBytes(new Uint8Array(1), PASSPHRASE, { workFactor: 40 })).rejects.toThrow(RangeError);
  });

  it('opens for a member joining on a fresh install, who has no team yet', async () => {
    const result = await decodeBundle(await encode(), PASSPHRASE, { tables: TEST_TABLES, schemaVersion: 1 });
    expect(kindOf(result)).toBe('ok');
  });

  it('treats the same passphrase typed with combining accents as the same passphrase', async () => {
    const bytes = await encodeBundle(makeDocument(), 'caf\u00e9 tables', { workFactor: TEST_WORK_FACTOR });
    expect(kindOf(await decodeBundle(bytes, 'cafe\u0301 tables', EXPECT))).toBe('ok');
  });
});

describe('a file that cannot be brought in', () => {
  it('says the passphrase is wrong when it is', async () => {
    const result = await decodeBundle(await encode(), 'wrong horse', EXPECT);
    expect(kindOf(result)).toBe('wrongPassphrase');
    expect(!result.ok && result.error.message).toMatch(/passphrase does not open this file/);
  });

  it('says the file is damaged when a byte in the middle has been changed', async () => {
    const bytes = await encode();
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x01;
    const result = await decodeBundle(bytes, PASSPHRASE, EXPECT);
    expect(kindOf(result)).toBe('damaged');
    expect(!result.ok && result.error.message).toMatch(/damaged or incomplete/);
  });

  it('says the file is damaged when it was cut short, even exactly at a chunk boundary', async () => {
    const bytes = await encode();
    expect(kindOf(await decodeBundle(bytes.subarray(0, bytes.length - 7), PASSPHRASE, EXPECT))).toBe(
      'damaged',
    );

    // Enough varied text to fill more than one 64 KiB chunk after compression.
    const notes = Array.from({ length: 40 }, (_, index) =>
      makeNote(
        { title: crypto.getRandomValues(new Uint8Array(3000)).join('') },
        `22222222-2222-4222-8222-${String(index).padStart(12, '0')}`,
      ),
    );
    const big = await encode(makeDocument({ people: [makePerson()], notes }));
    const headerEnd = new TextDecoder('latin1').decode(big.subarray(0, 400)).indexOf('\n---') + 1;
    const macLineEnd = big.indexOf(0x0a, headerEnd) + 1;
    const firstChunkEnd = macLineEnd + 16 + 64 * 1024 + 16;
    expect(big.length).toBeGreaterThan(firstChunkEnd);
    expect(kindOf(await decodeBundle(big.subarray(0, firstChunkEnd), PASSPHRASE, EXPECT))).toBe('damaged');
  });

  it('says a large file of random bytes is not a Joined Up file, quickly', async () => {
    const random = new Uint8Array(4 * 1024 * 1024);
    for (let offset = 0; offset < random.length; offset += 65_536)
      crypto.getRandomValues(random.subarray(offset, offset + 65_536));
    const started = performance.now();
    const result = await decodeBundle(random, PASSPHRASE, EXPECT);
    expect(kindOf(result)).toBe('notABundle');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('says a file locked with a key rather than a passphrase is not a Joined Up file', async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    const bytes = await encrypter.encrypt('{}');
    expect(kindOf(await decodeBundle(bytes, PASSPHRASE, EXPECT))).toBe('notABundle');
  });

  it('says a correctly locked file that holds something else is not a Joined Up file', async () => {
    const notGzip = await encryptRaw(new TextEncoder().encode('{"manifest":{}}'));
    expect(kindOf(await decodeBundle(notGzip, PASSPHRASE, EXPECT))).toBe('notABundle');
    const notJson = await encryptRaw(gzipSync(new TextEncoder().encode('{"manifest": [unclosed')));
    expect(kindOf(await decodeBundle(notJson, PASSPHRASE, EXPECT))).toBe('notABundle');
    const otherJson = await encryptRaw(
      gzipSync(new TextEncoder().encode('{"manifest":{"format":"spreadsheet"},"tables":{}}')),
    );
    expect(kindOf(await decodeBundle(otherJson, PASSPHRASE, EXPECT))).toBe('notABundle');
    const badText = await encryptRaw(gzipSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(kindOf(await decodeBundle(badText, PASSPHRASE, EXPECT))).toBe('notABundle');
  });

  it('names the newer version that made a file this PC cannot read yet', async () => {
    const newer = await encode(
      makeDocument(undefined, { formatVersion: BUNDLE_FORMAT_VERSION + 1, appVersion: '3.1.0' }),
    );
    const result = await decodeBundle(newer, PASSPHRASE, EXPECT);
    expect(kindOf(result)).toBe('newerVersion');
    expect(!result.ok && result.error.message).toMatch(/version 3\.1\.0 of Joined Up/);
    const newerData = await encode(makeDocument(undefined, { schemaVersion: 5 }));
    expect(kindOf(await decodeBundle(newerData, PASSPHRASE, EXPECT))).toBe('newerVersion');
  });

  it('offers to add a file from another team as a team of its own', async () => {
    const result = await decodeBundle(
      await encode(makeDocument(undefined, { teamId: 'team-hillside', teamName: 'Hillside' })),
      PASSPHRASE,
      EXPECT,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'otherTeam', teamId: 'team-hillside', teamName: 'Hillside' });
    expect(result.error.message).toMatch(/belongs to the team "Hillside"/);
  });
});

describe('building a bundle for export', () => {
  it('carries only the areas in scope and claims to have seen only those', async () => {
    const document = createBundleDocument({
      teamId: TEAM_ID,
      teamName: 'Riverside Family Team',
      appVersion: '0.1.0',
      schemaVersion: 1,
      source: { deviceId: 'pc-a', personId: 'person-1', personName: 'Alex Morgan' },
      scope: ['directory'],
      versionVectors: {
        directory: { 'pc-a': makePerson().stamps.name ?? '' },
        cases: { 'pc-a': makeNote().stamps.title ?? '' },
      },
      tables: { people: [makePerson()], notes: [makeNote()], audit: [] },
      tableDefs: TEST_TABLES,
      appendOnlyNames: ['audit'],
    });
    expect(document.manifest.scope).toEqual(['team', 'directory']);
    expect(Object.keys(document.tables)).toEqual(['people', 'audit']);
    expect(document.manifest.versionVectors.cases).toBeUndefined();
    expect(document.manifest.counts).toEqual({ people: 1, audit: 0 });
    const history = { name: 'audit', label: 'change history', schema: z.strictObject({ id: z.string() }) };
    const bytes = await encodeBundle(document, PASSPHRASE, { workFactor: TEST_WORK_FACTOR });
    expect(kindOf(await decodeBundle(bytes, PASSPHRASE, { ...EXPECT, appendOnlyTables: [history] }))).toBe(
      'ok',
    );
  });
});
