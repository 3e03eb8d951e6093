/**
 * Checks what a person typed into a training entry form and turns it into fields for the write path, with one
 * plain-words message per field. Numbers arrive as typed text, so "two" or "" get a message rather than NaN.
 */
import { isMatch } from 'date-fns';
import {
  MAX_ENTRY_HOURS,
  TRAINING_TYPES,
  type ExternalAttendees,
  type TrainingStatus,
  type TrainingType,
} from '../domain/training';

export interface EntryDraft {
  title: string;
  type: string;
  date: string;
  hours: string;
  participatoryHours: string;
  provider: string;
  learnt: string;
  changedPractice: string;
  peerReflectionWith: string;
  peerReflectionOutcome: string;
  /** Typed counts per profession, as rows of the external attendees part of the form. */
  externalAttendees: { profession: string; count: string }[];
}

// A type alias rather than an interface so it fits the write path's patch type (which has an index signature).
export type EntryFields = {
  title: string;
  type: TrainingType;
  date: string;
  hours: number;
  participatoryHours: number;
  provider: string;
  learnt: string;
  changedPractice: string;
  peerReflectionWith: string;
  peerReflectionOutcome: string;
  externalAttendees: ExternalAttendees[];
};

export type EntryErrors = Partial<Record<keyof EntryDraft | 'attendees', string>>;

export function emptyDraft(today: string): EntryDraft {
  return {
    title: '',
    type: '',
    date: today,
    hours: '',
    participatoryHours: '',
    provider: '',
    learnt: '',
    changedPractice: '',
    peerReflectionWith: '',
    peerReflectionOutcome: '',
    externalAttendees: [],
  };
}

function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

function isTrainingType(value: string): value is TrainingType {
  return (TRAINING_TYPES as readonly string[]).includes(value);
}

/**
 * Validates a draft. `status` decides the date rule: training already done cannot be in the future, and a planned
 * event must be in the future (today counts for both). Null skips the rule: a planned event whose day has passed
 * can still be corrected before its attendance is marked.
 */
export function checkEntryDraft(
  draft: EntryDraft,
  status: TrainingStatus | null,
  today: string,
): { ok: true; fields: EntryFields } | { ok: false; errors: EntryErrors } {
  const errors: EntryErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Enter the title of the training.';
  else if (title.length > 200) errors.title = 'The title must be 200 characters or fewer.';

  if (!isTrainingType(draft.type)) errors.type = 'Choose the type of training.';

  if (!isMatch(draft.date, 'yyyy-MM-dd')) errors.date = 'Enter the date as a real date.';
  else if (status === 'done' && draft.date > today)
    errors.date = 'This date is in the future. Plan the training instead, and mark who attended afterwards.';
  else if (status === 'planned' && draft.date < today)
    errors.date = 'A planned event must be today or later. Log training that already happened instead.';

  const hours = parseHours(draft.hours);
  if (hours === null) errors.hours = 'Enter the hours as a number, for example 2.5.';
  else if (hours <= 0) errors.hours = 'Hours must be more than 0.';
  else if (hours > MAX_ENTRY_HOURS) errors.hours = `Enter ${MAX_ENTRY_HOURS} hours or fewer for one entry.`;

  const participatory = draft.participatoryHours.trim() === '' ? 0 : parseHours(draft.participatoryHours);
  if (participatory === null)
    errors.participatoryHours = 'Enter the participatory hours as a number, or leave it empty.';
  else if (hours !== null && participatory > hours)
    errors.participatoryHours = 'Participatory hours cannot be more than the hours of the training.';

  const external: ExternalAttendees[] = [];
  for (const [index, row] of draft.externalAttendees.entries()) {
    const profession = row.profession.trim();
    const count = Number(row.count.trim());
    if (profession === '' && row.count.trim() === '') continue;
    if (profession === '' || !Number.isInteger(count) || count < 1 || count > 500) {
      errors.externalAttendees = `Check row ${index + 1} of people from outside the team: give a profession and a whole number from 1 to 500.`;
      break;
    }
    external.push({ profession, count });
  }

  for (const key of ['provider', 'peerReflectionWith'] as const) {
    if (draft[key].trim().length > 200) errors[key] = 'Must be 200 characters or fewer.';
  }

  if (
    Object.keys(errors).length > 0 ||
    hours === null ||
    participatory === null ||
    !isTrainingType(draft.type)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      title,
      type: draft.type,
      date: draft.date,
      hours,
      participatoryHours: participatory,
      provider: draft.provider.trim(),
      learnt: draft.learnt,
      changedPractice: draft.changedPractice,
      peerReflectionWith: draft.peerReflectionWith.trim(),
      peerReflectionOutcome: draft.peerReflectionOutcome,
      externalAttendees: external,
    },
  };
}

/** Why attendance of a planned event cannot be marked yet, or null when it can. */
export function attendanceTooEarly(eventDate: string, today: string): string | null {
  return eventDate > today
    ? 'This event has not happened yet. You can mark who attended on the day of the event or after it.'
    : null;
}
