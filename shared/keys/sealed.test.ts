import { describe, expect, it } from 'vitest';
import { contextBytes, newKey, openBytes, openJson, sealBytes, sealJson } from './sealed';

const record = { id: 'a1', text: 'Mum said she is scared of her ex-partner coming back.' };

describe('a sealed value', () => {
  it('opens with the same key and context to exactly what was sealed', () => {
    const key = newKey();
    const context = contextBytes('views', 'a1');
    expect(openJson(key, sealJson(key, record, context), context)).toEqual({ ok: true, value: record });
  });

  it('keeps bytes as bytes, however deep, beside text that only looks like them', () => {
    const key = newKey();
    const context = contextBytes('heldFiles', 'f1');
    const held = {
      bundleId: 'f1',
      contents: new Uint8Array([31, 139, 8, 0, 255]),
      parts: [{ bytes: new Uint8Array([1, 2, 3]) }],
      note: { $bytes: 'not bytes', other: true },
    };
    expect(openJson(key, sealJson(key, held, context), context)).toEqual({ ok: true, value: held });
  });

  it('keeps names in any script exactly, holding them inside as plain ASCII that opens quickly', () => {
    const key = newKey();
    const context = contextBytes('members', 'm1');
    const member = {
      id: 'm1',
      name: 'Zoë Brontë-Łukasiewicz',
      known: 'Ахмед 阿明 😀',
      odd: 'half \ud83d pair',
    };
    const sealed = sealJson(key, member, context);
    expect(openJson(key, sealed, context)).toEqual({ ok: true, value: member });
    const inside = openBytes(key, sealed, context) ?? new Uint8Array([255]);
    expect(inside.every((byte) => byte < 0x80)).toBe(true);
  });

  it('does not contain the text it seals', () => {
    const sealed = sealJson(newKey(), record, contextBytes('views', 'a1'));
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('scared');
  });

  it('is different each time, so equal records cannot be told apart on disk', () => {
    const key = newKey();
    const context = contextBytes('views', 'a1');
    expect(sealJson(key, record, context)).not.toEqual(sealJson(key, record, context));
  });

  it('never seals two values with the same nonce, however many are sealed', () => {
    const key = newKey();
    const context = contextBytes('views', 'a1');
    const nonces = new Set<string>();
    for (let count = 0; count < 1000; count += 1) {
      nonces.add(sealJson(key, record, context).subarray(1, 25).join(','));
    }
    expect(nonces.size).toBe(1000);
  });

  it('binds a context of any text, the same as it was bound before', () => {
    expect(contextBytes('meta', 'board-change:1')).toEqual(
      new TextEncoder().encode('meta\u0000board-change:1'),
    );
    expect(contextBytes('meta', 'Zoë')).toEqual(new TextEncoder().encode('meta\u0000Zoë'));
  });

  it('does not open with another key', () => {
    const context = contextBytes('views', 'a1');
    expect(openJson(newKey(), sealJson(newKey(), record, context), context)).toEqual({ ok: false });
  });

  it('does not open when moved to another record or table', () => {
    const key = newKey();
    const sealed = sealJson(key, record, contextBytes('views', 'a1'));
    expect(openJson(key, sealed, contextBytes('views', 'b2'))).toEqual({ ok: false });
    expect(openJson(key, sealed, contextBytes('aims', 'a1'))).toEqual({ ok: false });
    // The separator keeps the parts apart: ("views", "a1") is not ("viewsa", "1").
    expect(openJson(key, sealed, contextBytes('viewsa', '1'))).toEqual({ ok: false });
  });

  it('does not open when any byte was changed or the end cut off', () => {
    const key = newKey();
    const context = contextBytes('views', 'a1');
    const sealed = sealBytes(key, new TextEncoder().encode('plain'), context);
    for (let index = 0; index < sealed.length; index += 1) {
      const changed = sealed.slice();
      changed[index] = (changed[index] ?? 0) ^ 1;
      expect(openBytes(key, changed, context)).toBeNull();
    }
    expect(openBytes(key, sealed.subarray(0, sealed.length - 1), context)).toBeNull();
    expect(openBytes(key, new Uint8Array(0), context)).toBeNull();
  });
});
