import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gunzipBounded, gzipJson, parseJsonLayer } from './codec';

const MB = 1024 * 1024;

/** A gzip layer whose trailer says it holds `declared` bytes, whatever it really holds. */
function declaring(gzip: Uint8Array, declared: number): Uint8Array {
  const copy = gzip.slice();
  new DataView(copy.buffer).setUint32(copy.length - 4, declared, true);
  return copy;
}

/** 8 MB of spaces, which deflate packs into about 8 kB. */
const spaces = gzipSync(new Uint8Array(8 * MB).fill(0x20), { level: 9 });

describe('the gzip layer', () => {
  it('gives back what was packed, whatever size its trailer states', () => {
    const document = { manifest: { note: 'Child A.' }, tables: { cases: [{ id: 'c1' }] } };
    for (const declared of [undefined, 3, 1_000_000]) {
      const gzip = gzipJson(document);
      const result = parseJsonLayer(declared === undefined ? gzip : declaring(gzip, declared));
      expect(result.ok ? result.value : result.error.kind).toEqual(document);
    }
  });

  it('is refused as damaged when it inflates past the limit, though it declares a small size', () => {
    const result = parseJsonLayer(declaring(spaces, 100), MB);
    expect(result.ok ? 'read' : result.error.kind).toBe('damaged');
    expect(!result.ok && 'detail' in result.error ? result.error.detail : '').toBe(
      'The compressed contents are larger than any bundle can be.',
    );
  });

  it('stops at the limit to the byte: up to it is read in full, one byte over is not', () => {
    expect(gunzipBounded(declaring(spaces, 100), 8 * MB)?.length).toBe(8 * MB);
    expect(gunzipBounded(declaring(spaces, 100), 8 * MB - 1)).toBeNull();
  });

  it('is refused at once when its trailer honestly states more than the limit', () => {
    const result = parseJsonLayer(declaring(gzipJson({ manifest: {}, tables: {} }), 2 * MB), MB);
    expect(result.ok ? 'read' : result.error.kind).toBe('damaged');
  });

  it('says a body whose deflate data is cut short cannot be read', () => {
    const cut = gzipJson({ manifest: {}, tables: { cases: [] } });
    const result = parseJsonLayer(declaring(cut.subarray(0, cut.length - 12), 40));
    expect(result.ok ? 'read' : result.error.kind).toBe('notABundle');
  });
});
