/** Plain words about clocks: a PC whose clock is ahead, a file held back for it, and this PC's own clock. */
import { formatDistanceStrict } from 'date-fns';
import { showDateTime } from '../../../shared/dates';

export interface ClockNote {
  deviceId: string;
  personName: string | null;
  wallTime: number;
}

/**
 * "the PC “Reception desk” used by Ana Silva" where its people named it, "the PC used by Ana Silva", or
 * "the PC “front-desk-7f3a”" when nobody's name is known.
 */
export function pcWords(
  clock: Pick<ClockNote, 'deviceId' | 'personName'> & { deviceName?: string | null },
): string {
  if (clock.deviceName)
    return clock.personName
      ? `the PC “${clock.deviceName}” used by ${clock.personName}`
      : `the PC “${clock.deviceName}”`;
  return clock.personName ? `the PC used by ${clock.personName}` : `the PC “${clock.deviceId}”`;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "3 years", "2 days": how far a time is past this PC's clock. */
export function howFar(wallTime: number, reference: number): string {
  return formatDistanceStrict(wallTime, Math.min(reference, wallTime));
}

/** Why a file was held back, naming the PC whose clock is ahead and how far, and what happens next. */
export function heldBackSentences(clock: ClockNote, now: number): string[] {
  const who = pcWords(clock);
  return [
    `${capitalised(who)} has its clock about ${howFar(clock.wallTime, now)} ahead of this PC’s: the file holds changes dated ${showDateTime(clock.wallTime)}.`,
    'So that this PC does not date its own changes that far ahead too, the file has been kept here instead of brought in. It will be brought in by itself once this PC’s clock reaches that time.',
    clock.personName
      ? `Ask ${clock.personName} to check the date and time on that PC, then save a new file there.`
      : 'Ask whoever uses that PC to check its date and time, then save a new file there.',
  ];
}

/** What a team leader is told before bringing such a file in now. */
export function bringInNowSentences(clock: ClockNote): string[] {
  return [
    `Do this only if you have checked ${pcWords(clock)} and its date and time are right, so that it is this PC’s clock that is behind.`,
    `This PC’s clock will move forward to ${showDateTime(clock.wallTime)}: changes made here will be dated from then on, and other PCs will hold back this PC’s files until their clocks reach that time or a team leader brings them in there.`,
  ];
}
