/**
 * Builders of training rows for tests: `makeTrainingEntry({ type: 'joint' })`, `makeTrainingAttendance(...)`,
 * `makeRequiredTraining(...)`. Complete, stamped rows with any field overridden; pure, no database involved.
 */
import { newId } from '../../shared/sync/record';
import { rowBuilder, daysFromToday } from './records';

export const makeTrainingEntry = rowBuilder<'trainingEntries'>(() => ({
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
}));

export const makeTrainingAttendance = rowBuilder<'trainingAttendance'>(() => ({
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
}));

export const makeRequiredTraining = rowBuilder<'requiredTraining'>(() => ({
  title: 'Child protection refresher',
  acceptsTitles: ['Child protection refresher'],
  acceptsTypes: [],
  matchText: '',
  matchType: null,
  appliesToProfessions: ['social-worker', 'health-visitor'],
  renewEveryMonths: 12,
}));
