/**
 * Hybrid logical clock. A stamp is a string that sorts in time order with plain string comparison:
 * `<wall ms, 15 digits>-<counter, 6 hex>-<device id>`. The device id makes every stamp unique, so two different
 * writes never share a stamp and last-writer-wins has no ties.
 */
export type Hlc = string;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 0xffffff;
const HLC_PATTERN = /^(\d{15})-([0-9a-f]{6})-([A-Za-z0-9_-]{1,64})$/;
/** A device id: what follows the counter in a stamp, and what names a PC in a version vector. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface HlcParts {
  wall: number;
  counter: number;
  device: string;
}

export function formatHlc({ wall, counter, device }: HlcParts): Hlc {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${counter.toString(16).padStart(COUNTER_DIGITS, '0')}-${device}`;
}

export function parseHlc(stamp: Hlc): HlcParts | null {
  const match = HLC_PATTERN.exec(stamp);
  if (!match) return null;
  return { wall: Number(match[1]), counter: parseInt(match[2] ?? '0', 16), device: match[3] ?? '' };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

export function hlcDevice(stamp: Hlc): string {
  return parseHlc(stamp)?.device ?? '';
}

export function hlcWallTime(stamp: Hlc): number {
  return parseHlc(stamp)?.wall ?? 0;
}

/** The smallest stamp: sorts before every real one. */
export const HLC_ZERO: Hlc = formatHlc({ wall: 0, counter: 0, device: '0' });

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/**
 * A clock for one device. `now()` is monotonic even when the wall clock jumps back; `receive()` moves it past any
 * stamp seen in an import, so this device's next write sorts after everything it has seen.
 */
export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly readWallClock: () => number = Date.now,
  ) {
    if (!DEVICE_ID_PATTERN.test(device))
      throw new Error('A device id may hold only letters, digits, - and _.');
  }

  now(): Hlc {
    const physical = this.readWallClock();
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return formatHlc({ wall: this.wall, counter: this.counter, device: this.device });
  }

  receive(stamp: Hlc): void {
    const parts = parseHlc(stamp);
    if (!parts) return;
    if (parts.wall > this.wall) {
      this.wall = parts.wall;
      this.counter = parts.counter;
    } else if (parts.wall === this.wall && parts.counter > this.counter) {
      this.counter = parts.counter;
    }
  }

  private bumpCounter(): void {
    if (this.counter >= MAX_COUNTER) {
      // Sixteen million writes in one millisecond cannot happen in practice; moving the wall on keeps order anyway.
      this.wall += 1;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
  }
}
