/**
 * Maps read from a file (change stamps, version vectors, names of PCs) are plain objects, which inherit names such
 * as `toString` and `valueOf` and treat `__proto__` as a way to their prototype. Read them through `ownEntry` and
 * write them through `setOwn`, so that a field or a PC called by one of those names is just a name.
 */

export function ownEntry<Value>(
  map: Readonly<Record<string, Value>> | undefined,
  key: string,
): Value | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets `map[key]` as a plain own entry, even for `__proto__`. */
export function setOwn<Value>(map: Record<string, Value>, key: string, value: Value): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}
