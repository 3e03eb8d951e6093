/**
 * Builders of training rows for tests: `makeTrainingEntry({ type: 'joint' })`, `makeTrainingAttendance(...)`,
 * `makeRequiredTraining(...)`. Complete, stamped rows with any field overridden; pure, no database involved.
 */
import type { RowOf } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { daysFromToday, newEnvelope, stampAll } from './records';

export function makeTrainingEntry(
  overrides: Partial<RowOf<'trainingEntries'>> = {},
): RowOf<'trainingEntries'> {
  return stampAll({
    ...newEnvelope(),
    title: 'Working together to safeguard children',
    type: 'joint',
    date: daysFromToday(-30),
    hours: 6,
    participatoryHours: 3,
    provider: 'Local safeguarding partnership',
    learnt: 'How each agency decides on thresholds.',
    changedPractice: 'We now ring each other before a referral.',
    peerReflectionWith: '',
    peerReflectionOutcome: '',
    externalAttendees: [],
    sessionId: null,
    status: 'done',
    ...overrides,
  } satisfies RowOf<'trainingEntries'>);
}

export function makeTrainingAttendance(
  overrides: Partial<RowOf<'trainingAttendance'>> = {},
): RowOf<'trainingAttendance'> {
  return stampAll({
    ...newEnvelope(),
    entryId: newId(),
    memberId: newId(),
    professionAtTheTime: 'social-worker',
    agencyIdAtTheTime: null,
    invited: false,
    attended: true,
    learnt: '',
    changedPractice: '',
    peerReflectionWith: '',
    peerReflectionOutcome: '',
    ...overrides,
  } satisfies RowOf<'trainingAttendance'>);
}

export function makeRequiredTraining(
  overrides: Partial<RowOf<'requiredTraining'>> = {},
): RowOf<'requiredTraining'> {
  return stampAll({
    ...newEnvelope(),
    title: 'Child protection refresher',
    acceptsTitles: ['Child protection refresher'],
    acceptsTypes: [],
    matchText: '',
    matchType: null,
    appliesToProfessions: ['social-worker', 'health-visitor'],
    renewEveryMonths: 12,
    ...overrides,
  } satisfies RowOf<'requiredTraining'>);
}
