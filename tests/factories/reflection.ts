/**
 * Builders of reflection rows for tests: `makeSession({ date: '2026-03-01' })`, `makeSessionNote(...)`,
 * `makeHealthCheckResponse(...)` and the rest. Complete, stamped rows with any field overridden; pure, no database.
 */
import { ENABLERS } from '../../shared/domain/reflection';
import type { RowOf } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { daysFromToday, newEnvelope, stampAll } from './records';

export function makeReflectionTemplate(
  overrides: Partial<RowOf<'reflectionTemplates'>> = {},
): RowOf<'reflectionTemplates'> {
  return stampAll({
    ...newEnvelope(),
    name: 'Our monthly check-in',
    kind: 'custom',
    description: 'A short look back at the month.',
    prompts: [
      { text: 'What went well?', guidance: '', minutes: 10 },
      { text: 'What was hard?', guidance: '', minutes: 10 },
    ],
    copiedFrom: null,
    ...overrides,
  });
}

export function makeSession(
  overrides: Partial<RowOf<'reflectionSessions'>> = {},
): RowOf<'reflectionSessions'> {
  return stampAll({
    ...newEnvelope(),
    date: daysFromToday(-7),
    title: 'Monthly reflection',
    facilitatorId: null,
    templateKind: 'gibbs',
    templateId: null,
    caseId: null,
    procedureId: null,
    status: 'held',
    createdAt: new Date(Date.now() - 8 * 86_400_000).toISOString(),
    ...overrides,
  });
}

export function makeSessionAttendance(
  overrides: Partial<RowOf<'sessionAttendance'>> = {},
): RowOf<'sessionAttendance'> {
  return stampAll({
    ...newEnvelope(),
    sessionId: newId(),
    memberId: newId(),
    status: 'attended',
    ...overrides,
  });
}

export function makeSessionNote(overrides: Partial<RowOf<'sessionNotes'>> = {}): RowOf<'sessionNotes'> {
  return stampAll({
    ...newEnvelope(),
    sessionId: newId(),
    position: 1,
    prompt: 'What happened?',
    guidance: 'Describe it plainly.',
    minutes: 10,
    text: '',
    ...overrides,
  });
}

export function makeSessionDecision(
  overrides: Partial<RowOf<'sessionDecisions'>> = {},
): RowOf<'sessionDecisions'> {
  return stampAll({
    ...newEnvelope(),
    sessionId: newId(),
    text: 'Decisions go on the board the same day.',
    proposesProcedureId: null,
    ...overrides,
  });
}

export function makeHealthCheck(overrides: Partial<RowOf<'healthChecks'>> = {}): RowOf<'healthChecks'> {
  return stampAll({
    ...newEnvelope(),
    title: 'Spring health check',
    opensOn: daysFromToday(-3),
    closesOn: daysFromToday(11),
    enablers: [...ENABLERS],
    status: 'open',
    ...overrides,
  });
}

export function makeHealthCheckResponse(
  overrides: Partial<RowOf<'healthCheckResponses'>> = {},
): RowOf<'healthCheckResponses'> {
  return stampAll({
    ...newEnvelope(),
    updatedBy: '',
    checkId: newId(),
    memberId: null,
    scores: ENABLERS.map((enabler) => ({ enabler, score: 3, comment: '' })),
    ...overrides,
  });
}
