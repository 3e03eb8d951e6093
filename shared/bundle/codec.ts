/**
 * The middle layers of a bundle: gzip around UTF-8 JSON. Decoding makes as few copies as it can, because a big team
 * is tens of megabytes of JSON: one streamed gunzip into a buffer sized from the gzip trailer, one TextDecoder pass,
 * one JSON.parse, then a walk that refuses keys which could reach an object's prototype. The trailer is only a
 * hint: the gunzip counts what it really inflates and stops at the limit, whatever the file declares.
 */
import { Gunzip, gzipSync } from 'fflate';
import { FORBIDDEN_KEYS } from '../sync/record';
import { damaged, fail, notABundle, ok, unsafeContent, type BundleResult } from './errors';

/** Above this the JSON text could not be held as one string in a browser, so no real bundle is this large. */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

/**
 * How much the inflater may produce in one step before the count is checked. Deflate expands at most about 1,032
 * to 1, so the compressed bytes handed over at a time are sized from the ratio seen so far: a real file (about 6 to
 * 1) goes in big slices, fast; a file that inflates like a bomb goes in small ones and is stopped near the limit.
 */
const STEP_OUTPUT = 16 * 1024 * 1024;
const MIN_SLICE = 16 * 1024;
const MAX_SLICE = 256 * 1024;

export function gzipJson(document: unknown): Uint8Array {
  const json = JSON.stringify(document);
  return gzipSync(new TextEncoder().encode(json), { level: 6 });
}

function declaredSize(gzip: Uint8Array): number {
  const end = gzip.length;
  // The gzip trailer ends with the uncompressed size, little-endian, modulo 2^32.
  return (
    ((gzip[end - 4] ?? 0) |
      ((gzip[end - 3] ?? 0) << 8) |
      ((gzip[end - 2] ?? 0) << 16) |
      ((gzip[end - 1] ?? 0) << 24)) >>>
    0
  );
}

/** Thrown from the inflater's output callback: stops it where it is, mid-member. */
class TooLarge extends Error {}

/**
 * Inflates as it streams, counting: past `limit` bytes it stops at once and answers null. The output buffer starts
 * at the size the trailer declares (exact for an honest file, so no copy) and grows only when the real output
 * passes it. Damaged deflate data throws, as fflate does.
 */
export function gunzipBounded(gzip: Uint8Array, limit: number): Uint8Array | null {
  // Deflate cannot expand more than about 1,032 to 1: a trailer claiming more is not worth a buffer that big.
  let out = new Uint8Array(Math.min(declaredSize(gzip), limit, gzip.length * 1032 + 64 * 1024));
  let length = 0;
  let produced = 0;
  const inflater = new Gunzip((chunk) => {
    produced += chunk.length;
    if (length + chunk.length > limit) throw new TooLarge();
    if (length + chunk.length > out.length) {
      const grown = new Uint8Array(Math.min(limit, Math.max(out.length * 2, length + chunk.length)));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    let slice = MIN_SLICE;
    for (let start = 0; start < gzip.length;) {
      const end = Math.min(start + slice, gzip.length);
      produced = 0;
      inflater.push(gzip.subarray(start, end), end === gzip.length);
      const ratio = Math.max(1, produced / (end - start));
      slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor(STEP_OUTPUT / ratio)));
      start = end;
    }
  } catch (error) {
    if (error instanceof TooLarge) return null;
    throw error;
  }
  return length === out.length ? out : out.subarray(0, length);
}

function gunzipText(gzip: Uint8Array, limit: number): BundleResult<string> {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b) {
    return fail(notABundle('Its contents are not compressed the way Joined Up writes them.'));
  }
  const tooLarge = damaged('The compressed contents are larger than any bundle can be.');
  // An honest trailer over the limit is refused before any work.
  if (declaredSize(gzip) > limit) return fail(tooLarge);
  try {
    const bytes = gunzipBounded(gzip, limit);
    if (bytes === null) return fail(tooLarge);
    // Decoding straight from the gunzip output lets that buffer go as soon as the text exists.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return fail(
      notABundle(
        `Its contents could not be read (${error instanceof Error ? error.message : 'unreadable'}).`,
      ),
    );
  }
}

/** Finds the first key anywhere in a parsed JSON value that could reach an object prototype. */
export function findForbiddenKey(root: unknown): { key: string; path: string } | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, index) => {
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, path: `${item.path}[${index}]` });
      });
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { key, path };
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path });
    }
  }
  return undefined;
}

/**
 * gzip bytes → parsed JSON, refusing anything that is not JSON and any key such as `__proto__` or `constructor`.
 * JSON.parse itself only makes own properties, but code further on (Object.assign, Dexie, spreading into classes)
 * might not be so careful, so such a file is refused outright rather than cleaned.
 */
function parseText(gzip: Uint8Array, limit: number): BundleResult<unknown> {
  const text = gunzipText(gzip, limit);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value));
  } catch {
    return fail(notABundle('Its contents are not in the form Joined Up writes.'));
  }
}

/** `limit` is the most the contents may inflate to; tests lower it to show where inflating stops. */
export function parseJsonLayer(
  gzip: Uint8Array,
  limit: number = MAX_UNCOMPRESSED_BYTES,
): BundleResult<unknown> {
  // Parsing in its own function lets the JSON text be collected before the walk below.
  const parsed = parseText(gzip, limit);
  if (!parsed.ok) return parsed;
  const forbidden = findForbiddenKey(parsed.value);
  if (forbidden) return fail(unsafeContent(forbidden.key, forbidden.path));
  return parsed;
}
