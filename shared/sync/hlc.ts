/**
 * Hybrid logical clock. A stamp is a string that sorts in time order with plain string comparison:
 * `<wall ms, 15 digits>-<counter, 6 hex>-<device id>`. The device id makes every stamp unique, so two different
 * writes never share a stamp and last-writer-wins has no ties.
 *
 * The format can never overflow: no stamp's wall time may pass the end of 31 December 9999 (UTC), which 15 digits
 * hold with room to spare. A stamp past it is not a stamp (a file carrying one is refused), and the clock never
 * issues one: at the very last millisecond and counter it refuses to go on rather than write a longer stamp that
 * every other PC would refuse (docs/decisions/0015-no-clock-holds-the-team-hostage.md).
 */
export type Hlc = string;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 0xffffff;
/** The last millisecond a stamp may carry: 9999-12-31T23:59:59.999Z. */
export const MAX_STAMP_WALL = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
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
  const wall = Number(match[1]);
  if (wall > MAX_STAMP_WALL) return null;
  return { wall, counter: parseInt(match[2] ?? '0', 16), device: match[3] ?? '' };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && parseHlc(value) !== null;
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

/** The clock has reached the last stamp the format allows; a write now would make one no PC accepts. */
export class ClockExhaustedError extends Error {
  constructor() {
    super(
      'This PC’s clock has reached 31 December 9999, the latest date Joined Up can record, so nothing more can be saved here. Ask whoever looks after this PC to set its date and time.',
    );
    this.name = 'ClockExhaustedError';
  }
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
    // A wall clock set past the format's end still gives valid stamps: it counts up within the last millisecond.
    const physical = Math.min(this.readWallClock(), MAX_STAMP_WALL);
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return formatHlc({ wall: this.wall, counter: this.counter, device: this.device });
  }

  /** The latest time this clock has issued or taken in, in ms (0 before the first). */
  get latestWall(): number {
    return this.wall;
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
      // Sixteen million writes in one millisecond cannot happen in practice; moving the wall on keeps order anyway,
      // up to the last millisecond a stamp may carry.
      if (this.wall >= MAX_STAMP_WALL) throw new ClockExhaustedError();
      this.wall += 1;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
  }
}
