/**
 * Change stamps for a contribution that must not say who made it, on which PC, or when to the minute: an unsigned
 * partnership health-check answer. A stamp normally names the PC (its device id) and the millisecond; here the
 * device part is a random tag made for this one answer and the time is the start of the day. The stamp still
 * sorts, is unique, and behaves in version vectors like a PC that wrote exactly once, so merging is unchanged.
 */
import { formatHlc, type Hlc } from './hlc';

/** Every anonymous tag starts so; lists of PCs leave such tags out, as they are not PCs. */
export const ANONYMOUS_DEVICE_PREFIX = 'anon-';

function randomTag(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The day of `now` in UTC. Not the local day: just after local midnight east of Greenwich, the local day's start in
 * UTC is still ahead of the clock, and a stamp from the future would beat later changes made on other PCs.
 */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar day ('2026-12-04'), the only time an anonymous contribution keeps. */
export function dayOnly(day: string): { wall: number; iso: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return { wall, iso: new Date(wall).toISOString() };
}

/** A stamp for one anonymous contribution made on `day`: no PC, no time of day, unique through its random tag. */
export function anonymousStamp(day: string, tag: string = randomTag()): Hlc {
  return formatHlc({ wall: dayOnly(day).wall, counter: 0, device: `${ANONYMOUS_DEVICE_PREFIX}${tag}` });
}

/** True for the device part of an anonymous stamp, which names no PC. */
export function isAnonymousDevice(device: string): boolean {
  return device.startsWith(ANONYMOUS_DEVICE_PREFIX);
}
