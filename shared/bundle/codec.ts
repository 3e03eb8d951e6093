/**
 * The middle layers of a bundle: gzip around UTF-8 JSON. Decoding makes as few copies as it can, because a big team
 * is tens of megabytes of JSON: one gunzip into a buffer sized from the gzip trailer, one TextDecoder pass, one
 * JSON.parse, then a walk that refuses keys which could reach an object's prototype.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { FORBIDDEN_KEYS } from '../sync/record';
import { damaged, fail, notABundle, ok, unsafeContent, type BundleResult } from './errors';

/** Above this the JSON text could not be held as one string in a browser, so no real bundle is this large. */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

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

function gunzipText(gzip: Uint8Array): BundleResult<string> {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b) {
    return fail(notABundle('Its contents are not compressed the way Joined Up writes them.'));
  }
  if (declaredSize(gzip) > MAX_UNCOMPRESSED_BYTES) {
    return fail(damaged('The compressed contents claim to be larger than any bundle can be.'));
  }
  try {
    // Decoding straight from the gunzip output lets that buffer go as soon as the text exists.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(gzip)));
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
function parseText(gzip: Uint8Array): BundleResult<unknown> {
  const text = gunzipText(gzip);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value));
  } catch {
    return fail(notABundle('Its contents are not in the form Joined Up writes.'));
  }
}

export function parseJsonLayer(gzip: Uint8Array): BundleResult<unknown> {
  // Parsing in its own function lets the JSON text be collected before the walk below.
  const parsed = parseText(gzip);
  if (!parsed.ok) return parsed;
  const forbidden = findForbiddenKey(parsed.value);
  if (forbidden) return fail(unsafeContent(forbidden.key, forbidden.path));
  return parsed;
}
